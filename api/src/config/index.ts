export { AppConfig, ConfigValidationError, loadConfig } from './app-config';
export type { LogLevel, NodeEnv } from './app-config';
export { envSchema } from './env.schema';
export { ConfigModule } from './config.module';
