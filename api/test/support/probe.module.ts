import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { ConflictError } from '../../src/common/problem/domain-error';
import { Access } from '../../src/common/auth/access.decorator';

class ProbeAddress {
  @IsString()
  @Length(5, 5)
  postcode!: string;
}

class ProbeOrder {
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsInt()
  @Min(1)
  quantity!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProbeAddress)
  address?: ProbeAddress;
}

/** Routes that exist only in tests, to exercise the global pipe, filter and shutdown. */
@Controller('probe')
@Access({ public: true })
class ProbeController {
  @Post()
  echo(@Body() body: ProbeOrder): ProbeOrder {
    return body;
  }

  @Get('slow')
  async slow(@Query('ms') ms = '300'): Promise<{ waited: number }> {
    const waited = Math.min(Number(ms) || 0, 5_000);
    await new Promise((resolve) => setTimeout(resolve, waited));
    return { waited };
  }

  @Get('boom')
  boom(): never {
    throw new Error('connection to /srv/internal/db.ts failed: password=hunter2');
  }

  @Get('conflict')
  conflict(): never {
    throw new ConflictError('Ticket SAV-2026-000001 is already closed.', {
      reference: 'SAV-2026-000001',
    });
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
