import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config';
import { ClamdScanner } from './clamd-scanner';
import { NoScanner } from './no-scanner';
import { VirusScanner } from './virus-scanner';

/** Chooses the virus scanner once, from configuration: clamd when CLAMAV_HOST is set. */
@Global()
@Module({
  providers: [
    {
      provide: VirusScanner,
      inject: [AppConfig],
      useFactory: (config: AppConfig): VirusScanner =>
        config.antivirus.clamav ? new ClamdScanner(config.antivirus.clamav) : new NoScanner(),
    },
  ],
  exports: [VirusScanner],
})
export class AntivirusModule {}
