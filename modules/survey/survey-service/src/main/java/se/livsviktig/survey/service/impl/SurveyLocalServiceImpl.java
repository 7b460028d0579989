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

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.internal.survey.SurveyLock;
import se.livsviktig.survey.internal.survey.SurveyValidator;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
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

		_validator.validateTitle(
			titleMap, _portal.getSiteDefaultLocale(groupId));
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
		survey.setTitleMap(titleMap);
		survey.setDescriptionMap(descriptionMap);
		survey.setKind(kind);
		survey.setAnonymous(anonymous);
		survey.setStatus(SurveyConstants.STATUS_DRAFT);

		survey = surveyPersistence.update(survey);

		resourceLocalService.addModelResources(survey, serviceContext);

		return survey;
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
			questionCopy.setTextMap(question.getTextMap());
			questionCopy.setLowLabelMap(question.getLowLabelMap());
			questionCopy.setHighLabelMap(question.getHighLabelMap());
			questionCopy.setOptionsMap(question.getOptionsMap());
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

		_validator.validateTitle(
			titleMap, _portal.getSiteDefaultLocale(survey.getGroupId()));
		_validator.validateStatus(status);

		if (survey.isAnonymous() != anonymous) {
			_surveyLock().checkUnlocked(surveyId);
		}

		survey.setModifiedDate(Date.from(_clock.instant()));
		survey.setTitleMap(titleMap);
		survey.setDescriptionMap(descriptionMap);
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

	private final SurveyValidator _validator = new SurveyValidator();

}
