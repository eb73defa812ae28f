import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { InvalidInputError } from '../common/problem/domain-error';
import { ORDER_NUMBER_PATTERN, OrderInput, OrderView } from './dto/order.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Put(':number')
  @Access({ roles: ['admin'], scopes: ['orders:write'] })
  @ApiOperation({ summary: "Create or replace an order (the retailer's order system)" })
  @ApiCreatedResponse({ type: OrderView, description: 'Created' })
  @ApiOkResponse({ type: OrderView, description: 'Replaced' })
  @ApiBadRequestResponse({ description: 'Invalid order' })
  async put(
    @Param('number') number: string,
    @Body() body: OrderInput,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrderView> {
    if (!ORDER_NUMBER_PATTERN.test(number)) {
      throw new InvalidInputError('Invalid order number.', [
        { field: 'number', message: 'number must be 3–32 of A-Z, 0-9 and dashes' },
      ]);
    }
    const { created, order } = await this.orders.upsert(number, body);
    res.status(created ? 201 : 200);
    return order;
  }
}
