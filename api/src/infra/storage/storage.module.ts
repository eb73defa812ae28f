import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config';
import { DiskFileStorage } from './disk-file-storage';
import { FileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';

/** Chooses the file storage once, from configuration: S3 when S3_BUCKET is set, else local disk. */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig): FileStorage =>
        config.storage.s3
          ? S3FileStorage.connect(config.storage.s3)
          : new DiskFileStorage(config.storage.dir),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}
