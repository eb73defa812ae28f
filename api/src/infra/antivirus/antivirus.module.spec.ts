import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '../../config';
import { AntivirusModule } from './antivirus.module';
import { ClamdScanner } from './clamd-scanner';
import { NoScanner } from './no-scanner';
import { VirusScanner } from './virus-scanner';

async function scannerFor(env: Record<string, string>): Promise<VirusScanner> {
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(loadConfig(env)), AntivirusModule],
  }).compile();
  return moduleRef.get(VirusScanner);
}

describe('AntivirusModule', () => {
  it('uses clamd when CLAMAV_HOST is set', async () => {
    const scanner = await scannerFor({ CLAMAV_HOST: 'clamav', CLAMAV_PORT: '3310' });
    expect(scanner).toBeInstanceOf(ClamdScanner);
    expect(scanner.kind).toBe('clamav');
  });

  it('keeps files unscanned when no clamd is configured', async () => {
    const scanner = await scannerFor({});
    expect(scanner).toBeInstanceOf(NoScanner);
    expect(scanner.kind).toBe('none');
  });
});
