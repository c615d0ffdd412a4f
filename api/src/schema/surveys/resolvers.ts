import { createGraphQLError } from 'graphql-yoga';
import { countyCode } from '../../seed/org-units.ts';
import { optionsOf, type QuestionnaireContent } from '../../surveys/content.ts';
import { generateCodes } from '../../surveys/codes.ts';
import { responseCounts } from '../../surveys/counts.ts';
import { createLink } from '../../surveys/links.ts';
import { surveyFreeText, surveyResults } from '../../surveys/results.ts';
import { createQuestionnaire, publishDraft, saveDraft } from '../../surveys/questionnaires.ts';
import { receiveSubmission, surveyTarget, targetMessage } from '../../surveys/receive.ts';
import { openSurvey, type SurveyTarget } from '../../surveys/submit.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';
import { listQuestionnaires } from './queries.ts';

function targetOf(slug: string | null | undefined, code: string | null | undefined): SurveyTarget {
  const target = surveyTarget(slug, code);
  if (!target) throw createGraphQLError(targetMessage, { extensions: { code: 'BAD_USER_INPUT' } });
  return target;
}

/** The content with every question's options spelled out, so the page needs no copy of the fixed scales. */
function withOptions(content: QuestionnaireContent) {
  return {
    ...content,
    groups: content.groups.map((group) => ({
      ...group,
      questions: group.questions.map((question) => ({
        ...question,
        options: optionsOf(question).map(({ key, text }) => ({ key, text })),
      })),
    })),
  };
}

export const surveyResolvers: Resolvers = {
  Query: {
    surveyForm: async (_parent, { slug, code }, { sql, clientAddress, surveyLimiters }) => {
      const target = targetOf(slug, code);
      const survey = await openSurvey(sql, target);
      if (typeof survey !== 'string') {
        const { version } = survey;
        const { proofOfWork } = surveyLimiters;
        const askProof = 'slug' in target && (survey.proofOfWork || proofOfWork.allOpenLinks);
        return {
          form: {
            questionnaireKey: version.key,
            version: version.version,
            unitName: survey.unitName,
            content: withOptions(version.content),
            proofOfWork: askProof ? await proofOfWork.challenge() : null,
          },
          refusal: null,
        };
      }
      // Only codes that do not exist count against the address: a person answering with their own code is never slowed.
      if (survey === 'unknown_code' && !surveyLimiters.codeGuesses.tryAcquire(clientAddress)) return { form: null, refusal: 'rate_limited' };
      return { form: null, refusal: survey };
    },
    questionnaires: (_parent, _args, { sql }) => listQuestionnaires(sql),
    surveyResponseCounts: (_parent, { questionnaireId, orgUnitCode, period }, { sql }) =>
      responseCounts(sql, questionnaireId, orgUnitCode, period),
    surveyResults: (_parent, { questionnaireId, orgUnitCode, quarter }, { sql }) => surveyResults(sql, { questionnaireId, orgUnitCode, quarter }),
    surveyFreeText: (_parent, { questionnaireId, orgUnitCode, quarter }, { sql }) => surveyFreeText(sql, { questionnaireId, orgUnitCode, quarter }),
  },
  Mutation: {
    submitSurveyResponse: async (_parent, { submission }, { sql, clientAddress, surveyLimiters }) => {
      const result = await receiveSubmission(sql, surveyLimiters, clientAddress, submission);
      switch (result.status) {
        case 'malformed':
          throw createGraphQLError(result.message, { extensions: { code: 'BAD_USER_INPUT' } });
        case 'stored':
          return { status: 'stored', refusal: null, problems: [] };
        case 'refused':
          return { status: 'refused', refusal: result.reason, problems: [] };
        case 'invalid':
          return { status: 'invalid', refusal: null, problems: result.problems };
      }
    },
    createQuestionnaire: (_parent, { key, title, content }, { sql, actor }) =>
      createQuestionnaire(sql, actor, { key, title, orgUnitCode: countyCode, content }),
    saveQuestionnaireDraft: (_parent, { questionnaireId, content }, { sql, actor }) => saveDraft(sql, actor, questionnaireId, content),
    publishQuestionnaire: (_parent, { questionnaireId }, { sql, actor }) => publishDraft(sql, actor, questionnaireId),
    createSurveyLink: (_parent, { questionnaireId, orgUnitCode, slug, proofOfWork }, { sql, actor }) =>
      createLink(sql, actor, { questionnaireId, orgUnitCode, ...(slug ? { slug } : {}), proofOfWork: proofOfWork ?? false }),
    generateSurveyCodes: (_parent, { input }, { sql, actor }) => generateCodes(sql, actor, input),
  },
  SurveyLink: {
    path: (link) => `/enkat/${link.slug}`,
  },
};
