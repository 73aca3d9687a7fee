import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES, SOURCE_URL } from '../sources.ts';

/** ¿Es real la carta?, y cómo distinguir una estafa del IRS: gemelos de verify.ts. */
export const verifyTwins: readonly PassageTwin[] = [
  {
    id: 'find-notice-code',
    twinOf: 1,
    title: 'Dónde encontrar el código de su aviso',
    text:
      'El código del aviso le indica qué tipo de carta tiene y qué se le pide. Búsquelo en la esquina ' +
      'superior o inferior derecha de la primera página. Es un código corto, como CP14, CP504 o LT11, o un ' +
      'número de carta, como Letter 1058. Anote el código junto con la fecha del aviso. Si no encuentra ' +
      'ningún código, describa la carta con sus propias palabras y asegúrese con más cuidado de que es real ' +
      'antes de pagar nada.',
    facts: ['CP14', 'CP504', 'LT11', 'Letter 1058'],
    ...REVIEW_ES,
  },
  {
    id: 'verify-notice-is-real',
    twinOf: 1,
    title: 'Cómo comprobar que un aviso es realmente del IRS',
    text:
      'Antes de pagar o llamar a nadie, asegúrese de que la carta es real. Un aviso verdadero del IRS tiene ' +
      'un código, como CP14 o LT11, y el IRS explica la mayoría de los códigos en su propio sitio web: busque ' +
      'en IRS.gov "Understanding your" seguido del código y compare lo que dice con su carta. Revise que el ' +
      'año tributario y las cantidades tengan sentido para usted. Si tiene cualquier duda, no llame al número ' +
      'que aparece en la carta. Busque usted mismo el número del IRS; para personas físicas es el ' +
      '800-829-1040. El IRS casi siempre se comunica primero por correo, así que una llamada, un mensaje de ' +
      'texto o un correo electrónico inesperados son motivo para ir con calma.',
    facts: ['CP14', 'LT11', 'IRS.gov', '800-829-1040'],
    sources: [
      {
        url: SOURCE_URL.howIrsContactsEs,
        supports: 'El primer contacto del IRS es normalmente una carta por correo',
      },
    ],
    ...REVIEW_ES,
  },
  {
    id: 'scam-signs',
    twinOf: 1,
    title: 'Señales de que un "aviso" es una estafa',
    text:
      'Cuando usted debe impuestos, el IRS primero le envía una factura por correo. Tenga mucho cuidado si ' +
      'alguien que dice ser del IRS hace cualquiera de estas cosas: le exige pagar de inmediato con una ' +
      'tarjeta de regalo, una tarjeta de débito prepagada o una transferencia bancaria; amenaza con mandar a ' +
      'la policía local para arrestarlo; insiste en que pague sin darle la oportunidad de cuestionar o apelar ' +
      'la cantidad; o le pide por teléfono el número de su tarjeta de crédito o de débito. El verdadero IRS ' +
      'no hace estas cosas. Si algo le parece raro, no pague. Llame al IRS a un número que usted mismo busque ' +
      'en IRS.gov.',
    facts: ['IRS.gov'],
    sources: [
      {
        url: SOURCE_URL.scammersPosingEs,
        supports: 'El IRS envía una carta antes de llamar; las amenazas de arresto son estafas',
      },
    ],
    ...REVIEW_ES,
  },
  {
    id: 'irs-calls-and-visits',
    twinOf: 1,
    title: '¿Puede el IRS llamarme o venir a mi casa?',
    text:
      'A veces, sí. El IRS puede llamar o visitar por una factura vencida, una declaración atrasada o una ' +
      'auditoría, pero casi siempre lo hace solo después de haberle enviado cartas. Un empleado del IRS que ' +
      'va a su casa o a su negocio lleva dos identificaciones oficiales, y usted puede pedir que se las ' +
      'muestre. Ni siquiera un empleado verdadero del IRS le exigirá pagar con tarjeta de regalo o ' +
      'transferencia bancaria, ni lo amenazará con arrestarlo. Si tiene dudas, termine la conversación con ' +
      'cortesía y vuelva a llamar al IRS a un número que usted mismo encuentre.',
    facts: ['dos'],
    ...REVIEW_ES,
  },
  {
    id: 'report-impersonation',
    twinOf: 2,
    title: 'Cómo denunciar a alguien que se hace pasar por el IRS',
    text:
      'Si una llamada, un mensaje de texto, un correo electrónico o una carta se hace pasar por el IRS, no ' +
      'envíe dinero ni datos personales, y no use ningún número de teléfono ni enlace que le den. Guarde lo ' +
      'que recibió: la carta, el número de quien llamó, capturas de pantalla y la fecha. Después denúncielo ' +
      'al Inspector General del Tesoro para la Administración Tributaria (TIGTA) en su sitio web, tigta.gov, ' +
      'que usted debe abrir por su cuenta y no desde un enlace del mensaje. Si ya pagó o dio datos de su ' +
      'tarjeta o de su banco, llame de inmediato a su banco o a la compañía de su tarjeta.',
    facts: ['tigta.gov'],
    ...REVIEW_ES,
  },
  {
    id: 'private-collection-agencies',
    twinOf: 1,
    title: 'Una agencia privada de cobro dice que cobra para el IRS',
    text:
      'El IRS puede pasar algunas cuentas sin pagar a una agencia privada de cobro, que entonces puede ' +
      'comunicarse con usted. El IRS se lo avisa primero por correo: un aviso CP40 da el nombre de la ' +
      'agencia y un número de autenticación del contribuyente que usted y la agencia usan para ' +
      'identificarse mutuamente. El IRS publica en IRS.gov la lista de las agencias con las que trabaja ' +
      '(busque Private Debt Collection). Pague solo por las formas de pago que aparecen en IRS.gov; un cheque ' +
      'o giro postal se hace a nombre de U.S. Treasury. Si alguien lo llama por un saldo sin que antes le ' +
      'haya llegado un CP40, cuelgue y llame al IRS a un número que usted mismo busque.',
    facts: ['CP40', 'IRS.gov'],
    ...REVIEW_ES,
  },
];
