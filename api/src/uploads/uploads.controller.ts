import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { CurrentPrincipal, type Principal } from '../common/auth/principal';
import { UnauthorizedError } from '../common/problem/domain-error';
import { UploadBody, UploadListQuery, UploadPage, UploadView } from './dto/upload.dto';
import { MULTIPART_LIMITS } from './upload-limits';
import { UploadsService } from './uploads.service';

/** Set by the access guard on these routes; checked for the type system's sake. */
function caller(principal: Principal | undefined): Principal {
  if (!principal) throw new UnauthorizedError('Credentials are required.');
  return principal;
}

/** The stored bytes, as each type a file may have is served. */
const FILE_CONTENT = Object.fromEntries(
  ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'video/mp4', 'application/pdf'].map(
    (type) => [type, { schema: { type: 'string', format: 'binary' } }],
  ),
);

@ApiTags('uploads')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @Access({ customer: true, roles: ['agent', 'admin'] })
  @UseInterceptors(FileInterceptor('file', { limits: MULTIPART_LIMITS }))
  @ApiOperation({
    summary:
      'Send an evidence file: a customer to their chat session, staff to a ticket (reference or id)',
    description:
      'The type is recognised from the bytes, never the name. Photos (JPEG, PNG, WebP, HEIC; 50 KB–20 MB, ≤ 50 megapixels) are re-encoded upright without metadata; videos (MP4, MOV ≤ 100 MB) and PDF documents (≤ 20 MB) are stored as sent. Every file is virus-scanned.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        sessionId: { type: 'string', format: 'uuid' },
        ticketId: { type: 'string', example: 'SAV-2026-000042' },
      },
    },
  })
  @ApiCreatedResponse({ type: UploadView })
  @ApiBadRequestResponse({ description: 'No file, or malformed fields' })
  @ApiForbiddenResponse({
    description: "Another customer's session, or a customer naming a ticket",
  })
  @ApiNotFoundResponse({ description: 'No such ticket or chat session (staff)' })
  @ApiConflictResponse({ description: "The chat session's quota of files or bytes is used up" })
  @ApiPayloadTooLargeResponse({ description: 'Over 100 MB, or over the limit of its kind' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a JPEG, PNG, WebP, HEIC, MP4, MOV or PDF' })
  @ApiUnprocessableEntityResponse({
    description: 'A photo under 50 KB, over 50 megapixels or 12,000 px a side, or undecodable',
  })
  @ApiServiceUnavailableResponse({
    description: 'The file storage or the database is not answering: nothing was stored',
  })
  @ApiResponse({
    status: 507,
    description: 'The file storage has no space left: nothing was stored',
  })
  upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadBody,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<UploadView> {
    return this.uploads.upload(file, body, caller(principal));
  }

  @Get()
  @Access({ roles: ['agent', 'admin'] })
  @ApiOperation({ summary: 'Staff: the files of a chat session or a ticket, newest first' })
  @ApiOkResponse({ type: UploadPage })
  list(@Query() query: UploadListQuery): Promise<UploadPage> {
    return this.uploads.list(query);
  }

  @Get(':id')
  @Access({ customer: true, roles: ['agent', 'admin'] })
  @ApiOperation({
    summary: "A file's bytes: to its chat session's customer once scanned clean, or to staff",
  })
  @ApiOkResponse({
    description: 'The bytes; images inline, anything else as an attachment',
    content: FILE_CONTENT,
  })
  @ApiNotFoundResponse({ description: "No such file, or not the caller's to read" })
  @ApiGoneResponse({ description: 'Found infected by the virus scan: quarantined, bytes deleted' })
  async download(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.uploads.open(id, caller(principal));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    // Opened directly, the file is a document of this origin: it may run nothing.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(file.body, {
      type: file.mimeType,
      length: file.size,
      disposition: file.disposition,
    });
  }
}
