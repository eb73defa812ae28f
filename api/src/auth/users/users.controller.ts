import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../../common/auth/access.decorator';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal';
import { CreateUserBody, StaffMemberView, UpdateUserBody, UserView } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Staff accounts' })
  @ApiOkResponse({ type: [UserView] })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Get('directory')
  @Access({ roles: ['admin', 'agent'] })
  @ApiOperation({
    summary: 'Names and roles of the staff, for ticket timelines and assignees (no e-mail)',
  })
  @ApiOkResponse({ type: [StaffMemberView] })
  directory(): Promise<StaffMemberView[]> {
    return this.users.directory();
  }

  @Post()
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Create an agent or administrator' })
  @ApiCreatedResponse({ type: UserView })
  @ApiBadRequestResponse({ description: 'Invalid input or a password that fails the policy' })
  @ApiConflictResponse({ description: 'The e-mail address is taken' })
  create(@Body() body: CreateUserBody): Promise<UserView> {
    return this.users.create(body);
  }

  @Patch(':id')
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Rename, change role, (de)activate or reset the password' })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'An administrator deactivating or demoting themselves, or the last administrator',
  })
  update(
    @Param('id') id: string,
    @Body() body: UpdateUserBody,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<UserView> {
    return this.users.update(id, body, principal?.kind === 'staff' ? principal.userId : undefined);
  }
}
