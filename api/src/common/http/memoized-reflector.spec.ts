import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { memoizedReflector } from './memoized-reflector';

class Routes {
  @SetMetadata('limit', 5)
  limited(): void {}

  open(): void {}
}
SetMetadata('limit', 100)(Routes);
SetMetadata('ttl', 60)(Routes);

describe('memoizedReflector', () => {
  it('answers what the reflector answers, reading each key of each target once', () => {
    const reflector = new Reflector();
    const read = jest.spyOn(reflector, 'get');
    const memoized = memoizedReflector(reflector);
    const limited = Object.getOwnPropertyDescriptor(Routes.prototype, 'limited')!
      .value as () => void;
    const open = Object.getOwnPropertyDescriptor(Routes.prototype, 'open')!.value as () => void;
    for (let i = 0; i < 3; i++) {
      expect(memoized.getAllAndOverride('limit', [limited, Routes])).toBe(5);
      expect(memoized.getAllAndOverride('limit', [open, Routes])).toBe(100);
      expect(memoized.getAllAndOverride('ttl', [limited, Routes])).toBe(60);
      expect(memoized.getAllAndOverride('missing', [open, Routes])).toBeUndefined();
      expect(memoized.get('limit', open)).toBeUndefined();
    }
    // limit/limited, limit/open, limit/Routes, ttl/limited, ttl/Routes, missing/open, missing/Routes.
    expect(read).toHaveBeenCalledTimes(7);
    expect(
      new Set(
        read.mock.calls.map(
          ([key, target]) => `${String(key)}:${String((target as { name: string }).name)}`,
        ),
      ).size,
    ).toBe(7);
  });
});
