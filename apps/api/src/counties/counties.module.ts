import { Module } from '@nestjs/common';
import { CountyResolver } from './county.resolver';

@Module({ providers: [CountyResolver] })
export class CountiesModule {}
