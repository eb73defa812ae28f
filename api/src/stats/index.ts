export { StatsModule } from './stats.module';
export type { StatsView } from './dto/stats.dto';
