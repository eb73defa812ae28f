import { mkdir } from 'node:fs/promises';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { diskStorage } from 'multer';
import { ChatModule } from '../chat';
import { AppConfig } from '../config';
import { SavModule } from '../sav';
import { UploadEntity } from './entities/upload.entity';
import { uploadTempDir } from './upload-limits';
import { uploadRejectionsCounter, uploadsCounter } from './upload-metrics';
import { UploadsController } from './uploads.controller';
import { UploadsPurgeJob } from './uploads-purge.job';
import { UploadsService } from './uploads.service';

/**
 * Evidence uploads. FileStorage and VirusScanner come from the global
 * StorageModule and AntivirusModule; the hourly purge from ScheduleModule
 * (all three wired by the application module).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UploadEntity]),
    // Files are streamed to disk under a random name, never held in memory.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const dir = uploadTempDir(config);
        return {
          storage: diskStorage({
            destination: (_req, _file, done) => {
              mkdir(dir, { recursive: true, mode: 0o700 }).then(
                () => done(null, dir),
                (err: Error) => done(err, dir),
              );
            },
          }),
        };
      },
    }),
    ChatModule,
    SavModule,
  ],
  controllers: [UploadsController],
  providers: [UploadsService, UploadsPurgeJob, uploadsCounter, uploadRejectionsCounter],
  exports: [UploadsService],
})
export class UploadsModule {}
