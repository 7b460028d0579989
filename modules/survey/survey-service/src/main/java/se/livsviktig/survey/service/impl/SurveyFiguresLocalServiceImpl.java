/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.sql.Timestamp;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;
import se.livsviktig.survey.service.base.SurveyFiguresLocalServiceBaseImpl;
import se.livsviktig.survey.service.internal.figures.FigureSuppression;
import se.livsviktig.survey.service.internal.figures.SurveyFiguresQueries;

/**
 * The report's figures of the survey app, each family one statement however many administrations, methods and
 * responses there are, suppressed below the company's minimum number of respondents before they leave the service,
 * as the results page is. Local only: the figures are counts without names, and the report's remote service checks
 * VIEW_REPORTS before it asks.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.SurveyFigures",
	service = AopService.class
)
public class SurveyFiguresLocalServiceImpl
	extends SurveyFiguresLocalServiceBaseImpl {

	/**
	 * Per administration and method, the responses of days in [from, to) to a follow-up survey that answered its
	 * first yes/no question, and the yes answers.
	 */
	@Override
	public List<FollowUpOutcomeFigures> getFollowUpOutcomeFigures(
			long companyId, Date from, Date to)
		throws PortalException {

		SurveyFiguresQueries surveyFiguresQueries = _queries(
			companyId, from, to);

		return _suppression(
			companyId
		).toFollowUpOutcomeFigures(
			_rows(
				surveyFiguresQueries.followUpOutcomeSql(),
				surveyFiguresQueries.followUpOutcomeParameters())
		);
	}

	/**
	 * Per administration and method, the invitations first mailed in [from, to) and those of them answered.
	 */
	@Override
	public List<ResponseRateFigures> getResponseRateFigures(
			long companyId, Date from, Date to)
		throws PortalException {

		SurveyFiguresQueries surveyFiguresQueries = _queries(
			companyId, from, to);

		return _suppression(
			companyId
		).toResponseRateFigures(
			_rows(
				surveyFiguresQueries.responseRateSql(),
				surveyFiguresQueries.responseRateParameters())
		);
	}

	/**
	 * The key outcome with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	@Override
	public List<FollowUpOutcomeFigures> getRolledUpFollowUpOutcomeFigures(
			long companyId, long parentOrganizationId, Date from, Date to)
		throws PortalException {

		SurveyFiguresQueries surveyFiguresQueries = _queries(
			companyId, from, to);

		return _suppression(
			companyId
		).toFollowUpOutcomeFigures(
			_rows(
				surveyFiguresQueries.followUpOutcomeSqlRolledUp(),
				surveyFiguresQueries.followUpOutcomeParametersRolledUp(
					parentOrganizationId))
		);
	}

	/**
	 * The response rate with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	@Override
	public List<ResponseRateFigures> getRolledUpResponseRateFigures(
			long companyId, long parentOrganizationId, Date from, Date to)
		throws PortalException {

		SurveyFiguresQueries surveyFiguresQueries = _queries(
			companyId, from, to);

		return _suppression(
			companyId
		).toResponseRateFigures(
			_rows(
				surveyFiguresQueries.responseRateSqlRolledUp(),
				surveyFiguresQueries.responseRateParametersRolledUp(
					parentOrganizationId))
		);
	}

	private SurveyFiguresQueries _queries(long companyId, Date from, Date to)
		throws PortalException {

		Company company = _companyLocalService.getCompany(companyId);

		return new SurveyFiguresQueries(
			companyId, from, to, company.getTimeZone());
	}

	private List<Object[]> _rows(String sql, List<Object> parameters) {
		Session session = null;

		try {
			session = surveyInvitationPersistence.openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			for (Object parameter : parameters) {
				if (parameter instanceof Timestamp) {
					queryPos.add((Timestamp)parameter);
				}
				else {
					queryPos.add((Long)parameter);
				}
			}

			@SuppressWarnings("unchecked")
			List<Object[]> rows = (List<Object[]>)sqlQuery.list();

			return rows;
		}
		finally {
			surveyInvitationPersistence.closeSession(session);
		}
	}

	private FigureSuppression _suppression(long companyId)
		throws PortalException {

		return new FigureSuppression(
			_configurationProvider.getCompanyConfiguration(
				SurveyCompanyConfiguration.class, companyId
			).minimumRespondents());
	}

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

}
