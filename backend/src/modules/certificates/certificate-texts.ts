import type { Locale } from '../../common/graphql/locale';

/** The few sentences printed on a certificate, in each interface language. */
export const CERTIFICATE_TEXTS: Record<Locale, { heading: string; awardedTo: string; forCompleting: string; group: (name: string, dates: string) => string; verify: (url: string) => string }> = {
  en: {
    heading: 'Certificate of completion',
    awardedTo: 'This certifies that',
    forCompleting: 'attended the training and passed the final test of the course',
    group: (name, dates) => `${name}, ${dates}`,
    verify: (url) => `Anyone can check this certificate at ${url} with the code`,
  },
  ru: {
    heading: 'Сертификат о прохождении обучения',
    awardedTo: 'Настоящим подтверждается, что',
    forCompleting: 'участвовал(а) в тренинге и сдал(а) итоговый тест курса',
    group: (name, dates) => `${name}, ${dates}`,
    verify: (url) => `Проверить сертификат может любой на странице ${url} по коду`,
  },
  be: {
    heading: 'Сертыфікат аб праходжанні навучання',
    awardedTo: 'Гэтым пацвярджаецца, што',
    forCompleting: 'удзельнічаў(ла) у трэнінгу і здаў(ла) выніковы тэст курса',
    group: (name, dates) => `${name}, ${dates}`,
    verify: (url) => `Праверыць сертыфікат можа кожны на старонцы ${url} па кодзе`,
  },
};
