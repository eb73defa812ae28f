export { FaqModule } from './faq.module';
export { FaqService } from './faq.service';
export { FaqEntryEntity } from './entities/faq-entry.entity';
export type { FaqView } from './dto/faq.dto';
