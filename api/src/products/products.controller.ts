import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { InvalidInputError } from '../common/problem/domain-error';
import {
  ImportProductsBody,
  ProductInput,
  ProductPage,
  ProductSearchQuery,
  ProductView,
  SKU_PATTERN,
} from './dto/product.dto';
import { ProductsService } from './products.service';

function checkSku(sku: string): string {
  if (!SKU_PATTERN.test(sku)) {
    throw new InvalidInputError('Invalid SKU.', [
      { field: 'sku', message: 'sku must be 2–64 of A-Z, 0-9 and dashes' },
    ]);
  }
  return sku;
}

@ApiTags('catalog')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Access({ customer: true, roles: ['agent', 'admin'], scopes: ['products:read'] })
  @ApiOperation({
    summary:
      'Search the catalog (French full-text, accents ignored, budget/colour/material understood)',
  })
  @ApiOkResponse({ type: ProductPage })
  search(@Query() query: ProductSearchQuery): Promise<ProductPage> {
    return this.products.search(query);
  }

  @Get(':sku')
  @Access({ customer: true, roles: ['agent', 'admin'], scopes: ['products:read'] })
  @ApiOkResponse({ type: ProductView })
  @ApiNotFoundResponse({ description: 'No such product' })
  get(@Param('sku') sku: string): Promise<ProductView> {
    return this.products.get(checkSku(sku));
  }

  @Put(':sku')
  @Access({ roles: ['admin'], scopes: ['products:write'] })
  @ApiOperation({ summary: 'Create or replace a product' })
  @ApiOkResponse({ type: ProductView, description: 'Replaced' })
  @ApiCreatedResponse({ type: ProductView, description: 'Created' })
  @ApiBadRequestResponse({ description: 'Invalid product' })
  async put(
    @Param('sku') sku: string,
    @Body() body: ProductInput,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProductView> {
    const { created, product } = await this.products.upsert(checkSku(sku), body);
    res.status(created ? 201 : 200);
    return product;
  }

  @Post('import')
  @HttpCode(200)
  @Access({ roles: ['admin'], scopes: ['products:write'] })
  @ApiOperation({ summary: 'Import products in bulk: all valid and saved, or none' })
  @ApiOkResponse({ schema: { example: { created: 12, updated: 3 } } })
  @ApiBadRequestResponse({ description: 'At least one invalid product; nothing changed' })
  import(@Body() body: ImportProductsBody): Promise<{ created: number; updated: number }> {
    return this.products.import(body.products);
  }
}
