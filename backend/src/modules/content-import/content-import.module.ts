import { Module } from '@nestjs/common';
import { ContentImportRepository } from './content-import.repository';
import { ContentImportService } from './content-import.service';
import { MediaController } from './media.controller';

@Module({
  providers: [ContentImportRepository, ContentImportService],
  controllers: [MediaController],
  exports: [ContentImportService],
})
export class ContentImportModule {}
