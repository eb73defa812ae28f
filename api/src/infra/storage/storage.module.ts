import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config';
import { DiskFileStorage } from './disk-file-storage';
import { FileStorage } from './file-storage';

/**
 * Chooses the file storage once, from configuration: S3 when S3_BUCKET is set, else local disk.
 * The S3 client is loaded only then (it weighs some 20 MB of memory in a process that never uses it).
 */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<FileStorage> => {
        if (!config.storage.s3) return new DiskFileStorage(config.storage.dir);
        const { S3FileStorage } = await import('./s3-file-storage.js');
        return S3FileStorage.connect(config.storage.s3);
      },
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
