/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.internal.seed.DefaultSurveys;
import se.livsviktig.survey.internal.seed.SeedQuestion;
import se.livsviktig.survey.internal.seed.SeedSurvey;
import se.livsviktig.survey.internal.seed.SeedTexts;
import se.livsviktig.survey.internal.survey.SurveyLock;
import se.livsviktig.survey.internal.survey.SurveyValidator;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyQuestionLocalService;
import se.livsviktig.survey.service.base.SurveyLocalServiceBaseImpl;

/**
 * A site's surveys: written as drafts, activated, archived. A survey with a response keeps its anonymity and its
 * questions ({@link SurveyLock}); a copy is the way to change it. A survey that was sent or answered is archived,
 * not deleted, so its results stay.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.Survey",
	service = AopService.class
)
public class SurveyLocalServiceImpl extends SurveyLocalServiceBaseImpl {

	@Override
	public Survey addSurvey(
			long userId, long groupId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap, int kind, boolean anonymous,
			ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		Locale siteDefaultLocale = _portal.getSiteDefaultLocale(groupId);

		_validator.validateTitle(titleMap, siteDefaultLocale);
		_validator.validateKind(kind);

		Survey survey = surveyPersistence.create(
			counterLocalService.increment());

		Date now = Date.from(_clock.instant());

		survey.setUuid(serviceContext.getUuid());
		survey.setGroupId(groupId);
		survey.setCompanyId(user.getCompanyId());
		survey.setUserId(userId);
		survey.setUserName(user.getFullName());
		survey.setCreateDate(now);
		survey.setModifiedDate(now);
		survey.setTitleMap(titleMap, siteDefaultLocale);
		survey.setDescriptionMap(descriptionMap, siteDefaultLocale);
		survey.setKind(kind);
		survey.setAnonymous(anonymous);
		survey.setStatus(SurveyConstants.STATUS_DRAFT);

		survey = surveyPersistence.update(survey);

		resourceLocalService.addModelResources(survey, serviceContext);

		return survey;
	}

	/**
	 * Adds each default survey ({@link DefaultSurveys}) the site does not have yet, active and anonymous, all in
	 * this one transaction. A survey is recognised by its uuid, fixed per company, so calling this again adds
	 * nothing, and of two nodes adding at once the unique (uuid_, groupId) index lets one commit.
	 *
	 * @return the surveys added now
	 */
	@Override
	public List<Survey> addDefaultSurveys(long userId, long groupId)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		Locale siteDefaultLocale = _portal.getSiteDefaultLocale(groupId);

		List<Survey> added = new ArrayList<>();

		for (SeedSurvey seedSurvey : DefaultSurveys.ALL) {
			String uuid = seedSurvey.uuid(user.getCompanyId());

			if (surveyPersistence.fetchByUUID_G(uuid, groupId) != null) {
				continue;
			}

			ServiceContext serviceContext = new ServiceContext();

			serviceContext.setAddGroupPermissions(true);
			serviceContext.setCompanyId(user.getCompanyId());
			serviceContext.setUuid(uuid);

			Survey survey = addSurvey(
				userId, groupId,
				SeedTexts.of(
					siteDefaultLocale, seedSurvey.getSwedishTitle(),
					seedSurvey.getEnglishTitle()),
				SeedTexts.of(
					siteDefaultLocale, seedSurvey.getSwedishDescription(),
					seedSurvey.getEnglishDescription()),
				seedSurvey.getKind(), true, serviceContext);

			for (SeedQuestion seedQuestion : seedSurvey.getQuestions()) {
				_surveyQuestionLocalService.addSurveyQuestion(
					survey.getSurveyId(), seedQuestion.getQuestionType(),
					SeedTexts.of(
						siteDefaultLocale, seedQuestion.getSwedishText(),
						seedQuestion.getEnglishText()),
					SeedTexts.of(
						siteDefaultLocale, seedQuestion.getSwedishLowLabel(),
						seedQuestion.getEnglishLowLabel()),
					SeedTexts.of(
						siteDefaultLocale, seedQuestion.getSwedishHighLabel(),
						seedQuestion.getEnglishHighLabel()),
					SeedTexts.of(
						siteDefaultLocale, seedQuestion.getSwedishOptions(),
						seedQuestion.getEnglishOptions()),
					seedQuestion.isRequired(), new ServiceContext());
			}

			survey.setStatus(SurveyConstants.STATUS_ACTIVE);

			added.add(surveyPersistence.update(survey));
		}

		return added;
	}

	/**
	 * A new draft with the survey's texts, kind, anonymity and a copy of each question in its place: the way to
	 * change a survey that has responses.
	 */
	@Override
	public Survey copySurvey(
			long userId, long surveyId, ServiceContext serviceContext)
		throws PortalException {

		Survey source = surveyPersistence.findByPrimaryKey(surveyId);

		Survey copy = addSurvey(
			userId, source.getGroupId(), source.getTitleMap(),
			source.getDescriptionMap(), source.getKind(),
			source.isAnonymous(), serviceContext);

		for (SurveyQuestion question :
				surveyQuestionPersistence.findBySurveyId(surveyId)) {

			SurveyQuestion questionCopy = surveyQuestionPersistence.create(
				counterLocalService.increment());

			questionCopy.setGroupId(copy.getGroupId());
			questionCopy.setCompanyId(copy.getCompanyId());
			questionCopy.setSurveyId(copy.getSurveyId());
			questionCopy.setPosition(question.getPosition());
			questionCopy.setQuestionType(question.getQuestionType());
			Locale siteDefaultLocale = _portal.getSiteDefaultLocale(
				copy.getGroupId());

			questionCopy.setTextMap(question.getTextMap(), siteDefaultLocale);
			questionCopy.setLowLabelMap(
				question.getLowLabelMap(), siteDefaultLocale);
			questionCopy.setHighLabelMap(
				question.getHighLabelMap(), siteDefaultLocale);
			questionCopy.setOptionsMap(
				question.getOptionsMap(), siteDefaultLocale);
			questionCopy.setRequired(question.isRequired());

			surveyQuestionPersistence.update(questionCopy);
		}

		return copy;
	}

	@Override
	public Survey deleteSurvey(long surveyId) throws PortalException {
		return deleteSurvey(surveyPersistence.findByPrimaryKey(surveyId));
	}

	/**
	 * Only a survey that was never sent nor answered goes, with its questions and permissions: a dispatch may have
	 * invited people already, and responses are results. Such a survey is archived instead.
	 */
	@Override
	public Survey deleteSurvey(Survey survey) throws PortalException {
		long surveyId = survey.getSurveyId();

		if ((surveyResponsePersistence.countBySurveyId(surveyId) > 0) ||
			(surveyDispatchPersistence.countBySurveyId(surveyId) > 0)) {

			throw new SurveyInUseException(
				"Survey " + surveyId + " was sent or answered; archive it");
		}

		surveyQuestionPersistence.removeBySurveyId(surveyId);

		resourceLocalService.deleteResource(
			survey.getCompanyId(), Survey.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, surveyId);

		return surveyPersistence.remove(survey);
	}

	@Override
	public List<Survey> getGroupSurveys(long groupId, int start, int end) {
		return surveyPersistence.findByGroupId(groupId, start, end);
	}

	@Override
	public int getGroupSurveysCount(long groupId) {
		return surveyPersistence.countByGroupId(groupId);
	}

	/**
	 * @return whether the site has every default survey of its company, whoever added them
	 */
	@Override
	public boolean hasDefaultSurveys(long companyId, long groupId) {
		for (SeedSurvey seedSurvey : DefaultSurveys.ALL) {
			if (surveyPersistence.fetchByUUID_G(
					seedSurvey.uuid(companyId), groupId) == null) {

				return false;
			}
		}

		return true;
	}

	/**
	 * @return whether the survey has a response, so its questions and anonymity can no longer change
	 */
	@Override
	public boolean isLocked(long surveyId) {
		return _surveyLock().isLocked(surveyId);
	}

	/**
	 * Texts and status may change at any time; anonymity only until the first response, since the responses given
	 * were given under the promise the survey made.
	 */
	@Override
	public Survey updateSurvey(
			long surveyId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap, boolean anonymous, int status)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		Locale siteDefaultLocale = _portal.getSiteDefaultLocale(
			survey.getGroupId());

		_validator.validateTitle(titleMap, siteDefaultLocale);
		_validator.validateStatus(status);

		if (survey.isAnonymous() != anonymous) {
			_surveyLock().checkUnlocked(surveyId);
		}

		survey.setModifiedDate(Date.from(_clock.instant()));
		survey.setTitleMap(titleMap, siteDefaultLocale);
		survey.setDescriptionMap(descriptionMap, siteDefaultLocale);
		survey.setAnonymous(anonymous);
		survey.setStatus(status);

		return surveyPersistence.update(survey);
	}

	private SurveyLock _surveyLock() {
		return new SurveyLock(surveyResponsePersistence);
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private Portal _portal;

	@Reference
	private SurveyQuestionLocalService _surveyQuestionLocalService;

	private final SurveyValidator _validator = new SurveyValidator();

}
