import { IsInt, IsString, Min, MinLength, getMetadataStorage, validateSync } from 'class-validator';
import { memoizeValidationRules } from './validation-rules';

const failing = (o: object, groups?: string[]) =>
  validateSync(o, { whitelist: true, forbidNonWhitelisted: true, groups })
    .map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).join(',')}`)
    .sort();

class Base {
  @IsString() @MinLength(3) name!: unknown;
}
class Child extends Base {
  @IsInt() @Min(1, { groups: ['strict'] }) count!: unknown;
}

const cases: [object, string[] | undefined][] = [
  [Object.assign(new Child(), { name: 'ab', count: 0.5, extra: true }), undefined],
  [Object.assign(new Child(), { name: 'abc', count: 0 }), undefined],
  [Object.assign(new Child(), { name: 'abc', count: 0 }), ['strict']],
  [Object.assign(new Child(), { name: 'abc', count: 2 }), ['strict']],
  [Object.assign(new Child(), { name: 7, count: 2 }), ['other']],
  [Object.assign(new Base(), { name: 'ab', count: 1 }), undefined],
];
// class-validator's own answers, before its rules are memoised.
const expected = cases.map(([o, groups]) => failing(o, groups));

describe('memoizeValidationRules', () => {
  beforeAll(() => {
    memoizeValidationRules();
    memoizeValidationRules(); // a second call changes nothing
  });

  it('fails exactly what class-validator fails, call after call', () => {
    expect(expected[0]).toEqual(['count:min,isInt', 'extra:whitelistValidation', 'name:minLength']);
    for (let i = 0; i < 3; i++) {
      expect(cases.map(([o, groups]) => failing(o, groups))).toEqual(expected);
    }
  });

  it('sees rules registered after a first validation, inherited ones included', () => {
    class Parent {
      @IsString() label!: unknown;
    }
    class Late extends Parent {}
    expect(failing(Object.assign(new Late(), { label: 'x', size: 1 }))).toEqual([
      'size:whitelistValidation',
    ]);
    // A rule added to the parent once the child has been validated (a class loaded later).
    IsInt()(Parent.prototype, 'size');
    expect(failing(Object.assign(new Late(), { label: 'x', size: 1.5 }))).toEqual(['size:isInt']);
    expect(failing(Object.assign(new Late(), { label: 'x', size: 1 }))).toEqual([]);
  });

  it('answers the same rules for a class and options as the storage would', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(first);
    expect(first.map((m) => m.propertyName).sort()).toEqual(['count', 'count', 'name', 'name']);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    expect(storage.getTargetValidationMetadatas(Child, '', false, false, ['strict'])).not.toBe(
      first,
    );
  });
});
