import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../../common/db/numeric.transformer';
import type { ScanStatus, UploadKind } from '../domain/upload-policy';

/**
 * One evidence file: where its bytes are stored, whose it is, what it is and
 * what the virus scan said. Schema: migrations/1764400000000-Uploads.ts.
 * A quarantined (infected) file keeps this row and loses its bytes.
 */
@Entity('upload')
@Check(`kind IN ('photo', 'video', 'document')`)
@Check(`scan_status IN ('pending', 'clean', 'infected', 'unscanned', 'error')`)
@Index('upload_session_idx', ['sessionId'])
@Index('upload_ticket_idx', ['ticketId'])
@Index('upload_created_idx', ['createdAt'])
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'storage_key', type: 'varchar', length: 200, unique: true }) storageKey!: string;
  /** The chat session it was sent in (ON DELETE SET NULL). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId!: string | null;
  /** The claim it is evidence for (ON DELETE SET NULL). */
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true }) ticketId!: string | null;
  @Column({ type: 'varchar', length: 16 }) kind!: UploadKind;
  /** As sniffed from the stored bytes. */
  @Column({ name: 'mime_type', type: 'varchar', length: 64 }) mimeType!: string;
  /** Of the stored bytes (a re-encoded photo, not the original); bigint arrives as a string. */
  @Column({ type: 'bigint', transformer: numeric }) size!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'integer', nullable: true }) width!: number | null;
  @Column({ type: 'integer', nullable: true }) height!: number | null;
  @Column({ name: 'scan_status', type: 'varchar', length: 16 }) scanStatus!: ScanStatus;
  /** The malware found, for an infected file. */
  @Column({ name: 'scan_signature', type: 'varchar', length: 200, nullable: true })
  scanSignature!: string | null;
  /** principalKey of the uploader: `session:…` or `user:…`. */
  @Column({ name: 'uploaded_by', type: 'varchar', length: 120 }) uploadedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'scanned_at', type: 'timestamptz', nullable: true }) scannedAt!: Date | null;
}
