import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PagingQuery } from '../../common/http/paging.dto';
import {
  SCAN_STATUSES,
  type ScanStatus,
  UPLOAD_KINDS,
  type UploadKind,
} from '../domain/upload-policy';

/** A ticket as staff name it: its reference (SAV-2026-000042) or its id. */
export const TICKET_ID_OR_REFERENCE =
  /^(SAV-\d{4}-\d{6}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/** The text fields of the multipart form; the file itself is the `file` part. */
export class UploadBody {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "The chat session; a customer's own by default (another one is refused)",
  })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({
    example: 'SAV-2026-000042',
    description: 'Staff only: the ticket this file is evidence for, by reference or id',
  })
  @IsOptional()
  @IsString()
  @Matches(TICKET_ID_OR_REFERENCE, { message: 'ticketId must be a ticket reference or id' })
  ticketId?: string;
}

export class UploadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: UPLOAD_KINDS, example: 'photo' }) kind!: UploadKind;
  @ApiProperty({
    example: 'image/jpeg',
    description: 'Of the stored bytes, recognised from their content (a HEIC photo becomes JPEG)',
  })
  mimeType!: string;
  @ApiProperty({ example: 1_482_113, description: 'Bytes stored' }) size!: number;
  @ApiProperty({ example: 'a3f1…', description: 'Hex SHA-256 of the stored bytes' })
  sha256!: string;
  @ApiProperty({
    enum: SCAN_STATUSES,
    description:
      'clean; infected (bytes deleted, never served); unscanned (no scanner configured); error (the scanner failed: kept, staff only); pending (scan not finished)',
  })
  scanStatus!: ScanStatus;
  @ApiPropertyOptional({ example: 3024, description: 'Photos only, upright' }) width?: number;
  @ApiPropertyOptional({ example: 4032, description: 'Photos only, upright' }) height?: number;
}

export class UploadDetailView extends UploadView {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sessionId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ticketId!: string | null;
  @ApiProperty({ example: 'session:3f1c…', description: '`session:<id>` or `user:<id>`' })
  uploadedBy!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The malware found, when infected' })
  scanSignature!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) scannedAt!: string | null;
}

export class UploadPage {
  @ApiProperty({ type: [UploadDetailView], description: 'Newest first' })
  items!: UploadDetailView[];
  @ApiProperty({ type: 'integer', example: 3 }) total!: number;
  @ApiProperty({ type: 'integer', example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', example: 20 }) pageSize!: number;
}

export class UploadListQuery extends PagingQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ example: 'SAV-2026-000042', description: 'Reference or id' })
  @IsOptional()
  @IsString()
  @Matches(TICKET_ID_OR_REFERENCE, { message: 'ticketId must be a ticket reference or id' })
  ticketId?: string;
}
