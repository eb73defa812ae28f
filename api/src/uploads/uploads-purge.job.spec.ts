import type { UploadsService } from './uploads.service';
import { UploadsPurgeJob } from './uploads-purge.job';

describe('UploadsPurgeJob', () => {
  it('purges as of now', async () => {
    const purge = jest.fn().mockResolvedValue({ deleted: 2 });
    const before = Date.now();
    await new UploadsPurgeJob({ purge } as unknown as UploadsService).run();
    expect(purge).toHaveBeenCalledTimes(1);
    const [now] = purge.mock.calls[0] as [Date];
    expect(now.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('survives a failed run: the next hour tries again', async () => {
    const purge = jest.fn().mockRejectedValue(new Error('storage down'));
    await expect(
      new UploadsPurgeJob({ purge } as unknown as UploadsService).run(),
    ).resolves.toBeUndefined();
  });
});
