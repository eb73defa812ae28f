export { ProductsModule } from './products.module';
export { ProductsService, toProductView } from './products.service';
export { ProductDimensionsView, ProductView } from './dto/product.dto';
export { ProductEntity } from './entities/product.entity';
export { PRODUCT_CATEGORIES, type ProductCategory } from './domain/search-query';
export { PRODUCT_STYLES } from './dto/product.dto';
