/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.survey.model.SurveyInvitation;

/**
 * The persistence utility for the survey invitation service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyInvitationPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyInvitationPersistence
 * @generated
 */
public class SurveyInvitationUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(SurveyInvitation surveyInvitation) {
		getPersistence().clearCache(surveyInvitation);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, SurveyInvitation> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyInvitation> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyInvitation> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyInvitation> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyInvitation update(SurveyInvitation surveyInvitation) {
		return getPersistence().update(surveyInvitation);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyInvitation update(
		SurveyInvitation surveyInvitation, ServiceContext serviceContext) {

		return getPersistence().update(surveyInvitation, serviceContext);
	}

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or throws a <code>NoSuchSurveyInvitationException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByD_R(
			long surveyDispatchId, long registrationId)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByD_R(surveyDispatchId, registrationId);
	}

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByD_R(
		long surveyDispatchId, long registrationId) {

		return getPersistence().fetchByD_R(surveyDispatchId, registrationId);
	}

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByD_R(
		long surveyDispatchId, long registrationId, boolean useFinderCache) {

		return getPersistence().fetchByD_R(
			surveyDispatchId, registrationId, useFinderCache);
	}

	/**
	 * Removes the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the survey invitation that was removed
	 */
	public static SurveyInvitation removeByD_R(
			long surveyDispatchId, long registrationId)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().removeByD_R(surveyDispatchId, registrationId);
	}

	/**
	 * Returns the number of survey invitations where surveyDispatchId = &#63; and registrationId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the number of matching survey invitations
	 */
	public static int countByD_R(long surveyDispatchId, long registrationId) {
		return getPersistence().countByD_R(surveyDispatchId, registrationId);
	}

	/**
	 * Returns all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	public static List<SurveyInvitation> findByU_S(long userId, int status) {
		return getPersistence().findByU_S(userId, status);
	}

	/**
	 * Returns a range of all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end) {

		return getPersistence().findByU_S(userId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().findByU_S(
			userId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByU_S(
			userId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByU_S_First(
			long userId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByU_S_First(
			userId, status, orderByComparator);
	}

	/**
	 * Returns the first survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByU_S_First(
		long userId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().fetchByU_S_First(
			userId, status, orderByComparator);
	}

	/**
	 * Returns the last survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByU_S_Last(
			long userId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByU_S_Last(
			userId, status, orderByComparator);
	}

	/**
	 * Returns the last survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByU_S_Last(
		long userId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().fetchByU_S_Last(
			userId, status, orderByComparator);
	}

	/**
	 * Returns the survey invitations before and after the current survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param surveyInvitationId the primary key of the current survey invitation
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public static SurveyInvitation[] findByU_S_PrevAndNext(
			long surveyInvitationId, long userId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByU_S_PrevAndNext(
			surveyInvitationId, userId, status, orderByComparator);
	}

	/**
	 * Removes all the survey invitations where userId = &#63; and status = &#63; from the database.
	 *
	 * @param userId the user ID
	 * @param status the status
	 */
	public static void removeByU_S(long userId, int status) {
		getPersistence().removeByU_S(userId, status);
	}

	/**
	 * Returns the number of survey invitations where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	public static int countByU_S(long userId, int status) {
		return getPersistence().countByU_S(userId, status);
	}

	/**
	 * Returns all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	public static List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status) {

		return getPersistence().findByD_S(surveyDispatchId, status);
	}

	/**
	 * Returns a range of all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end) {

		return getPersistence().findByD_S(surveyDispatchId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().findByD_S(
			surveyDispatchId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByD_S(
			surveyDispatchId, status, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByD_S_First(
			long surveyDispatchId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByD_S_First(
			surveyDispatchId, status, orderByComparator);
	}

	/**
	 * Returns the first survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByD_S_First(
		long surveyDispatchId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().fetchByD_S_First(
			surveyDispatchId, status, orderByComparator);
	}

	/**
	 * Returns the last survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByD_S_Last(
			long surveyDispatchId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByD_S_Last(
			surveyDispatchId, status, orderByComparator);
	}

	/**
	 * Returns the last survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByD_S_Last(
		long surveyDispatchId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().fetchByD_S_Last(
			surveyDispatchId, status, orderByComparator);
	}

	/**
	 * Returns the survey invitations before and after the current survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyInvitationId the primary key of the current survey invitation
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public static SurveyInvitation[] findByD_S_PrevAndNext(
			long surveyInvitationId, long surveyDispatchId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByD_S_PrevAndNext(
			surveyInvitationId, surveyDispatchId, status, orderByComparator);
	}

	/**
	 * Removes all the survey invitations where surveyDispatchId = &#63; and status = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 */
	public static void removeByD_S(long surveyDispatchId, int status) {
		getPersistence().removeByD_S(surveyDispatchId, status);
	}

	/**
	 * Returns the number of survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	public static int countByD_S(long surveyDispatchId, int status) {
		return getPersistence().countByD_S(surveyDispatchId, status);
	}

	/**
	 * Returns all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	public static List<SurveyInvitation> findByC_S(long companyId, int status) {
		return getPersistence().findByC_S(companyId, status);
	}

	/**
	 * Returns a range of all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end) {

		return getPersistence().findByC_S(companyId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().findByC_S(
			companyId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey invitations
	 */
	public static List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_S(
			companyId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByC_S_First(
			long companyId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByC_S_First(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the first survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByC_S_First(
		long companyId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().fetchByC_S_First(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the last survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public static SurveyInvitation findByC_S_Last(
			long companyId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByC_S_Last(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the last survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public static SurveyInvitation fetchByC_S_Last(
		long companyId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().fetchByC_S_Last(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the survey invitations before and after the current survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param surveyInvitationId the primary key of the current survey invitation
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public static SurveyInvitation[] findByC_S_PrevAndNext(
			long surveyInvitationId, long companyId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByC_S_PrevAndNext(
			surveyInvitationId, companyId, status, orderByComparator);
	}

	/**
	 * Removes all the survey invitations where companyId = &#63; and status = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 */
	public static void removeByC_S(long companyId, int status) {
		getPersistence().removeByC_S(companyId, status);
	}

	/**
	 * Returns the number of survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	public static int countByC_S(long companyId, int status) {
		return getPersistence().countByC_S(companyId, status);
	}

	/**
	 * Caches the survey invitation in the entity cache if it is enabled.
	 *
	 * @param surveyInvitation the survey invitation
	 */
	public static void cacheResult(SurveyInvitation surveyInvitation) {
		getPersistence().cacheResult(surveyInvitation);
	}

	/**
	 * Caches the survey invitations in the entity cache if it is enabled.
	 *
	 * @param surveyInvitations the survey invitations
	 */
	public static void cacheResult(List<SurveyInvitation> surveyInvitations) {
		getPersistence().cacheResult(surveyInvitations);
	}

	/**
	 * Creates a new survey invitation with the primary key. Does not add the survey invitation to the database.
	 *
	 * @param surveyInvitationId the primary key for the new survey invitation
	 * @return the new survey invitation
	 */
	public static SurveyInvitation create(long surveyInvitationId) {
		return getPersistence().create(surveyInvitationId);
	}

	/**
	 * Removes the survey invitation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation that was removed
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public static SurveyInvitation remove(long surveyInvitationId)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().remove(surveyInvitationId);
	}

	public static SurveyInvitation updateImpl(
		SurveyInvitation surveyInvitation) {

		return getPersistence().updateImpl(surveyInvitation);
	}

	/**
	 * Returns the survey invitation with the primary key or throws a <code>NoSuchSurveyInvitationException</code> if it could not be found.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public static SurveyInvitation findByPrimaryKey(long surveyInvitationId)
		throws se.livsviktig.survey.exception.NoSuchSurveyInvitationException {

		return getPersistence().findByPrimaryKey(surveyInvitationId);
	}

	/**
	 * Returns the survey invitation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation, or <code>null</code> if a survey invitation with the primary key could not be found
	 */
	public static SurveyInvitation fetchByPrimaryKey(long surveyInvitationId) {
		return getPersistence().fetchByPrimaryKey(surveyInvitationId);
	}

	/**
	 * Returns all the survey invitations.
	 *
	 * @return the survey invitations
	 */
	public static List<SurveyInvitation> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of survey invitations
	 */
	public static List<SurveyInvitation> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey invitations
	 */
	public static List<SurveyInvitation> findAll(
		int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey invitations
	 */
	public static List<SurveyInvitation> findAll(
		int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey invitations from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey invitations.
	 *
	 * @return the number of survey invitations
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyInvitationPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SurveyInvitationPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SurveyInvitationPersistence _persistence;

}