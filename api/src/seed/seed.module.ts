import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { SeedService } from './seed.service';

@Module({
  imports: [ProductsModule, OrdersModule, ChatModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
