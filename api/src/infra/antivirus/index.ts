export { type ScanResult, ScannerUnavailableError, VirusScanner } from './virus-scanner';
export { ClamdScanner, type ClamdOptions } from './clamd-scanner';
export { NoScanner } from './no-scanner';
export { AntivirusModule } from './antivirus.module';
