export { OrdersModule } from './orders.module';
export { OrdersService, toOrderView } from './orders.service';
export { CustomerEntity } from './entities/customer.entity';
export { OrderEntity, OrderLineEntity } from './entities/order.entity';
