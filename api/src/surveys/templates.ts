import type { Dimension, Question, QuestionGroup, QuestionnaireContent, Texts } from './content.ts';

/**
 * The built-in questionnaires, stored as published version 1 by the seed. Plain Swedish: short sentences, everyday
 * words, "du". Each scale question is phrased so that Mycket bra … Mycket dåligt answers it.
 */

export interface QuestionnaireTemplate {
  key: string;
  title: string;
  content: QuestionnaireContent;
}

const scale = (key: string, dimension: Dimension, text: Texts): Question => ({ key, type: 'scale', dimension, required: false, text });

const group = (key: string, title: Texts, questions: Question[]): QuestionGroup => ({ key, title, questions });

const freeText = (key: string, dimension: Dimension): Question => ({
  key,
  type: 'free_text',
  dimension,
  required: false,
  maxLength: 1000,
  text: {
    sv: 'Vill du berätta något mer? Skriv inte ditt namn, personnummer eller telefonnummer.',
    en: 'Is there anything else you want to tell us? Do not write your name, personal identity number or phone number.',
    ar: 'هل تريد أن تخبرنا بشيء آخر؟ لا تكتب اسمك أو رقمك الشخصي أو رقم هاتفك.',
  },
});

/** Inspired by the national patient survey: its seven dimensions, 19 questions, one step per dimension. */
export const patientExperienceTemplate: QuestionnaireTemplate = {
  key: 'patientupplevelse',
  title: 'Patientens upplevelse',
  content: {
    title: { sv: 'Hur var din vård och omsorg?', en: 'How was your care?', ar: 'كيف كانت رعايتك؟' },
    intro: {
      sv: 'Dina svar hjälper oss att bli bättre. Du är anonym. Det tar ungefär fem minuter.',
      en: 'Your answers help us improve. You are anonymous. It takes about five minutes.',
      ar: 'إجاباتك تساعدنا على التحسن. أنت مجهول الهوية. يستغرق الأمر حوالي خمس دقائق.',
    },
    groups: [
      group('tillganglighet', { sv: 'Tillgänglighet', en: 'Access', ar: 'إمكانية الوصول' }, [
        scale('tg_kontakt', 'tillganglighet', {
          sv: 'Hur var det att komma i kontakt med oss?',
          en: 'How was it to get in touch with us?',
          ar: 'كيف كان التواصل معنا؟',
        }),
        scale('tg_vantetid', 'tillganglighet', {
          sv: 'Hur var väntetiden innan du fick hjälp?',
          en: 'How was the waiting time before you got help?',
          ar: 'كيف كانت مدة الانتظار قبل أن تحصل على المساعدة؟',
        }),
      ]),
      group('information', { sv: 'Information och kunskap', en: 'Information and knowledge', ar: 'المعلومات والمعرفة' }, [
        scale('ik_information', 'information_kunskap', {
          sv: 'Hur var informationen du fick om din vård?',
          en: 'How was the information you got about your care?',
          ar: 'كيف كانت المعلومات التي حصلت عليها عن رعايتك؟',
        }),
        scale('ik_forklara', 'information_kunskap', {
          sv: 'Hur förklarade personalen saker så att du förstod?',
          en: 'How well did the staff explain things so that you understood?',
          ar: 'كيف شرح الموظفون الأمور بحيث فهمتها؟',
        }),
        scale('ik_lakemedel', 'information_kunskap', {
          sv: 'Hur var informationen om dina läkemedel?',
          en: 'How was the information about your medicines?',
          ar: 'كيف كانت المعلومات عن أدويتك؟',
        }),
      ]),
      group('delaktighet', { sv: 'Delaktighet och involvering', en: 'Participation and involvement', ar: 'المشاركة والانخراط' }, [
        scale('dl_bestamma', 'delaktighet_involvering', {
          sv: 'Hur fick du vara med och bestämma om din vård?',
          en: 'How were you able to take part in decisions about your care?',
          ar: 'كيف كانت مشاركتك في اتخاذ القرارات بشأن رعايتك؟',
        }),
        {
          key: 'dl_narstaende_ville',
          type: 'yes_no',
          positive: null,
          dimension: 'delaktighet_involvering',
          required: false,
          text: {
            sv: 'Ville du att dina närstående skulle vara med?',
            en: 'Did you want your family or friends to take part?',
            ar: 'هل أردت أن يشارك أقاربك؟',
          },
        },
        {
          ...scale('dl_narstaende', 'delaktighet_involvering', {
            sv: 'Hur fick dina närstående vara med?',
            en: 'How were your family or friends able to take part?',
            ar: 'كيف كانت مشاركة أقاربك؟',
          }),
          showIf: { question: 'dl_narstaende_ville', answers: ['ja'] },
        },
      ]),
      group('kontinuitet', { sv: 'Kontinuitet och koordinering', en: 'Continuity and coordination', ar: 'الاستمرارية والتنسيق' }, [
        scale('kk_samma_personal', 'kontinuitet_koordinering', {
          sv: 'Hur fungerade det att träffa samma personal?',
          en: 'How did it work to meet the same staff?',
          ar: 'كيف كان لقاء نفس الموظفين؟',
        }),
        scale('kk_samordning', 'kontinuitet_koordinering', {
          sv: 'Hur hängde vården ihop mellan sjukhuset, vårdcentralen och kommunen?',
          en: 'How well did the care fit together between the hospital, the health centre and the municipality?',
          ar: 'كيف كان التنسيق في الرعاية بين المستشفى والمركز الصحي والبلدية؟',
        }),
        {
          key: 'kk_vart_vanda',
          type: 'yes_no',
          positive: 'ja',
          dimension: 'kontinuitet_koordinering',
          required: false,
          text: {
            sv: 'Vet du vart du ska vända dig om du behöver hjälp igen?',
            en: 'Do you know where to turn if you need help again?',
            ar: 'هل تعرف إلى أين تتوجه إذا احتجت إلى المساعدة مرة أخرى؟',
          },
        },
      ]),
      group('respekt', { sv: 'Respekt och bemötande', en: 'Respect and treatment', ar: 'الاحترام والمعاملة' }, [
        scale('rb_bemotande', 'respekt_bemotande', {
          sv: 'Hur blev du bemött av personalen?',
          en: 'How were you treated by the staff?',
          ar: 'كيف عاملك الموظفون؟',
        }),
        scale('rb_lyssna', 'respekt_bemotande', {
          sv: 'Hur lyssnade personalen på dig?',
          en: 'How well did the staff listen to you?',
          ar: 'كيف استمع إليك الموظفون؟',
        }),
      ]),
      group('emotionellt_stod', { sv: 'Emotionellt stöd', en: 'Emotional support', ar: 'الدعم العاطفي' }, [
        scale('es_oro', 'emotionellt_stod', {
          sv: 'Hur fick du stöd när du var orolig?',
          en: 'How were you supported when you were worried?',
          ar: 'كيف تلقيت الدعم عندما كنت قلقًا؟',
        }),
        scale('es_trygghet', 'emotionellt_stod', {
          sv: 'Hur gav personalen dig trygghet?',
          en: 'How well did the staff make you feel safe?',
          ar: 'كيف منحك الموظفون الشعور بالأمان؟',
        }),
      ]),
      group('helhetsintryck', { sv: 'Helhetsintryck', en: 'Overall impression', ar: 'الانطباع العام' }, [
        scale('hi_helhet', 'helhetsintryck', {
          sv: 'Vad tycker du om vården och omsorgen som helhet?',
          en: 'What do you think of the care as a whole?',
          ar: 'ما رأيك في الرعاية بشكل عام؟',
        }),
        scale('hi_hjalp', 'helhetsintryck', {
          sv: 'Hur fick du den hjälp du behövde?',
          en: 'How did you get the help you needed?',
          ar: 'كيف حصلت على المساعدة التي احتجتها؟',
        }),
        {
          key: 'hi_hjalp_svara',
          type: 'multiple_choice',
          dimension: 'helhetsintryck',
          required: false,
          text: {
            sv: 'Fick du hjälp att svara på frågorna? Du kan välja flera.',
            en: 'Did you get help to answer the questions? You can choose more than one.',
            ar: 'هل حصلت على مساعدة في الإجابة على الأسئلة؟ يمكنك اختيار أكثر من إجابة.',
          },
          options: [
            { key: 'sjalv', text: { sv: 'Nej, jag svarade själv', en: 'No, I answered myself', ar: 'لا، أجبت بنفسي' } },
            { key: 'narstaende', text: { sv: 'Ja, av en närstående', en: 'Yes, from family or a friend', ar: 'نعم، من أحد الأقارب' } },
            { key: 'personal', text: { sv: 'Ja, av personal', en: 'Yes, from staff', ar: 'نعم، من الموظفين' } },
            { key: 'tolk', text: { sv: 'Ja, av en tolk', en: 'Yes, from an interpreter', ar: 'نعم، من مترجم' } },
          ],
        },
        freeText('hi_fritext', 'helhetsintryck'),
      ]),
    ],
  },
};

/** Short, after a discharge from hospital: the joint care-transition follow-up. */
export const postDischargeTemplate: QuestionnaireTemplate = {
  key: 'efter-utskrivning',
  title: 'Efter utskrivningen',
  content: {
    title: { sv: 'Hur var det att komma hem?', en: 'How was it to come home?', ar: 'كيف كانت عودتك إلى المنزل؟' },
    intro: {
      sv: 'Du har nyss kommit hem från sjukhuset. Fyra korta frågor. Du är anonym.',
      en: 'You have just come home from hospital. Four short questions. You are anonymous.',
      ar: 'لقد عدت مؤخرًا إلى المنزل من المستشفى. أربعة أسئلة قصيرة. أنت مجهول الهوية.',
    },
    groups: [
      group('hemgangen', { sv: 'Hemgången', en: 'Going home', ar: 'العودة إلى المنزل' }, [
        {
          key: 'trygg_hemgang',
          type: 'yes_no',
          positive: 'ja',
          dimension: 'emotionellt_stod',
          required: true,
          text: { sv: 'Kände du dig trygg när du kom hem?', en: 'Did you feel safe when you came home?', ar: 'هل شعرت بالأمان عندما عدت إلى المنزل؟' },
        },
        scale('uh_planering', 'kontinuitet_koordinering', {
          sv: 'Hur fungerade planeringen inför att du skulle åka hem?',
          en: 'How did the planning for going home work?',
          ar: 'كيف كان التخطيط لعودتك إلى المنزل؟',
        }),
        {
          key: 'uh_vem_kontakta',
          type: 'yes_no',
          positive: 'ja',
          dimension: 'kontinuitet_koordinering',
          required: false,
          text: {
            sv: 'Visste du vem du skulle ringa om du blev sämre?',
            en: 'Did you know whom to call if you got worse?',
            ar: 'هل كنت تعرف بمن تتصل إذا ساءت حالتك؟',
          },
        },
      ]),
      group('mer', { sv: 'Något mer', en: 'Anything else', ar: 'شيء آخر' }, [freeText('uh_fritext', 'helhetsintryck')]),
    ],
  },
};

export const builtInTemplates: readonly QuestionnaireTemplate[] = [patientExperienceTemplate, postDischargeTemplate];
