export { OrdersModule } from './orders.module';
export { OrdersService, toOrderView } from './orders.service';
export { CUSTOMER_TIERS, CustomerEntity, type CustomerTierName } from './entities/customer.entity';
export { OrderEntity, OrderLineEntity } from './entities/order.entity';
export { OrderView } from './dto/order.dto';
