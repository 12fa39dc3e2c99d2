import * as path from 'node:path';
import PDFDocument from 'pdfkit';

/** DejaVu covers Cyrillic (Russian, Belarusian); PDF's built-in fonts do not. Shipped by an npm package. */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export interface CertificateText {
  heading: string;
  awardedTo: string;
  nickname: string;
  forCompleting: string;
  courseTitle: string;
  groupLine: string;
  verifyLine: string;
  code: string;
}

/** An A4 landscape certificate as a PDF buffer. */
export function renderCertificatePdf(text: CertificateText): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 56, info: { Title: text.heading, Producer: 'Zorka' } });
  doc.registerFont('regular', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 112;
  doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke('#3b4a8c');
  doc.moveDown(2).font('bold').fontSize(30).fillColor('#1d2440').text(text.heading, { align: 'center', width });
  doc.moveDown(1.5).font('regular').fontSize(14).text(text.awardedTo, { align: 'center', width });
  doc.moveDown(0.5).font('bold').fontSize(26).text(text.nickname, { align: 'center', width });
  doc.moveDown(1).font('regular').fontSize(14).text(text.forCompleting, { align: 'center', width });
  doc.moveDown(0.5).font('bold').fontSize(18).text(text.courseTitle, { align: 'center', width });
  doc.moveDown(0.5).font('regular').fontSize(12).text(text.groupLine, { align: 'center', width });
  doc.moveDown(3).fontSize(10).fillColor('#444').text(text.verifyLine, { align: 'center', width });
  doc.font('bold').fontSize(14).fillColor('#1d2440').text(text.code.replace(/(.{4})(?=.)/g, '$1-'), { align: 'center', width });
  doc.end();
  return done;
}
