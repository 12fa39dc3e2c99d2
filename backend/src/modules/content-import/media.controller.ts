import * as path from 'node:path';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ConfigService } from '../../config/config.service';

const COURSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MEDIA_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(mp4|webm|vtt|png|jpe?g|webp)$/;

/** Serves the small video, captions and image files of courses from content/, with range requests. */
@Controller('media')
export class MediaController {
  constructor(private readonly config: ConfigService) {}

  @Get(':courseId/:file')
  serve(@Param('courseId') courseId: string, @Param('file') file: string, @Res() res: Response): void {
    // Names are checked against strict patterns, so no path can climb out of the media folder.
    if (!COURSE_ID.test(courseId) || !MEDIA_FILE.test(file)) throw new NotFoundException();
    const root = path.join(this.config.env.CONTENT_DIR, 'courses', courseId, 'media');
    res.sendFile(file, { root, maxAge: '1d', dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) res.status(404).json({ statusCode: 404, message: 'Not Found' });
    });
  }
}
