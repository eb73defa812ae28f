import { Logger } from '@nestjs/common';
import type { ChatRetention } from './chat-retention';
import { PrivacyRetentionJob } from './privacy-retention.job';

describe('PrivacyRetentionJob', () => {
  afterEach(() => jest.restoreAllMocks());

  it('purges as of now and says how much it purged', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const purge = jest.fn().mockResolvedValue({ conversations: 2, messages: 14 });
    const before = Date.now();
    await new PrivacyRetentionJob({ purge } as unknown as ChatRetention).run();
    expect(purge).toHaveBeenCalledTimes(1);
    const [now] = purge.mock.calls[0] as [Date];
    expect(now.getTime()).toBeGreaterThanOrEqual(before);
    expect(log).toHaveBeenCalledWith('Purged the transcripts of 2 conversation(s) (14 message(s))');
  });

  it('survives a failed run: the next night tries again', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const purge = jest.fn().mockRejectedValue(new Error('database down'));
    await expect(
      new PrivacyRetentionJob({ purge } as unknown as ChatRetention).run(),
    ).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
  });
});
