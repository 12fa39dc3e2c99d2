import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HelplineEntity } from './helpline.entity';
import { HelplinesRepository } from './helplines.repository';
import { HelplinesResolver } from './helplines.resolver';
import { HelplinesService } from './helplines.service';

@Module({
  imports: [TypeOrmModule.forFeature([HelplineEntity])],
  providers: [HelplinesRepository, HelplinesService, HelplinesResolver],
})
export class HelplinesModule {}
