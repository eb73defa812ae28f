import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadBucketCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { AppConfig } from '../../config';
import { FileStorage, StorageUnavailableError, type StoredObject } from './file-storage';
import { assertStorageKey } from './storage-key';

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
const sdkLogger = new Logger('S3');

/** Endpoint (unset: AWS), region, bucket, path-style, and credentials (unset: the SDK's default chain). */
export type S3StorageOptions = NonNullable<AppConfig['storage']['s3']>;

/** S3-compatible object storage: keys are object keys in one bucket, as given. */
export class S3FileStorage extends FileStorage {
  readonly kind = 's3' as const;

  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {
    super();
  }

  static connect(options: S3StorageOptions): S3FileStorage {
    const { endpoint, region, bucket, accessKeyId, secretAccessKey, forcePathStyle } = options;
    const client = new S3Client({
      region,
      endpoint,
      forcePathStyle,
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      // The SDK's default CRC32 trailer makes streamed bodies aws-chunked; s3rver and other
      // S3-compatible servers store that framing as the object's bytes. Checksum only when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000, socketTimeout: 60_000 },
      // Without a logger the SDK writes its warnings to the console. Failed commands are not
      // logged here: they reach the caller as StorageUnavailableError (or null for a missing key).
      logger: {
        trace: () => {},
        debug: () => {},
        info: () => {},
        warn: (...content: unknown[]) => sdkLogger.warn(content.map(String).join(' ')),
        error: () => {},
      },
    });
    return new S3FileStorage(client, bucket);
  }

  async putFile(key: string, source: string, contentType: string): Promise<void> {
    assertStorageKey(key);
    // A missing or unreadable source is the caller's error, as is.
    const { size } = await stat(source);
    const body = createReadStream(source);
    try {
      await this.put(key, body, size, contentType);
    } finally {
      body.destroy();
    }
  }

  async putBuffer(key: string, body: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.put(key, body, body.length, contentType);
  }

  async get(key: string): Promise<StoredObject | null> {
    assertStorageKey(key);
    let found: GetObjectCommandOutput;
    try {
      found = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      if (isMissingObject(err)) return null;
      throw new StorageUnavailableError(err);
    }
    if (!(found.Body instanceof Readable)) {
      throw new StorageUnavailableError(new Error('S3 returned a body that is not a Node stream'));
    }
    return {
      body: found.Body,
      size: found.ContentLength ?? 0,
      contentType: found.ContentType ?? DEFAULT_CONTENT_TYPE,
    };
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      // S3 answers 204 for a missing key; some compatible servers answer 404.
      if (!isMissingObject(err)) throw new StorageUnavailableError(err);
    }
  }

  async ping(): Promise<void> {
    await this.run(() => this.client.send(new HeadBucketCommand({ Bucket: this.bucket })));
  }

  override async close(): Promise<void> {
    this.client.destroy();
  }

  /** S3 needs the length up front; given it, the SDK sends a stream as it reads it. */
  private async put(
    key: string,
    body: Readable | Buffer,
    length: number,
    contentType: string,
  ): Promise<void> {
    await this.run(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentLength: length,
          ContentType: contentType,
        }),
      ),
    );
  }

  private async run<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      throw new StorageUnavailableError(err);
    }
  }
}

/** The key is absent; a missing bucket, by contrast, is a broken configuration. */
function isMissingObject(err: unknown): boolean {
  return (
    err instanceof NoSuchKey ||
    (err instanceof S3ServiceException &&
      err.$metadata.httpStatusCode === 404 &&
      err.name !== 'NoSuchBucket')
  );
}
