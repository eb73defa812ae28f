import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrdersModule } from '../orders';
import { ProductsModule } from '../products';
import { SavModule } from '../sav';
import { ClaimConfirmationsService } from './claim-confirmations.service';
import { ClaimLinks } from './claim-links';
import { ClaimsController } from './claims.controller';
import { RecapService } from './recap.service';

/** The claim recap: the card, the e-mail with its signed link, the customer's confirmation. */
@Module({
  imports: [AuthModule, SavModule, OrdersModule, ProductsModule],
  controllers: [ClaimsController],
  providers: [ClaimLinks, RecapService, ClaimConfirmationsService],
  exports: [RecapService, ClaimLinks],
})
export class ClaimsModule {}
