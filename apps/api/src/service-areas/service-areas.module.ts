import { Module } from '@nestjs/common';
import { ServiceAreaResolver } from './service-area.resolver';

@Module({ providers: [ServiceAreaResolver] })
export class ServiceAreasModule {}
