import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { SeedService } from './seed.service';

@Module({
  imports: [ProductsModule, OrdersModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
