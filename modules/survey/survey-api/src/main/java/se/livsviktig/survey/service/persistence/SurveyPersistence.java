/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyException;
import se.livsviktig.survey.model.Survey;

/**
 * The persistence interface for the survey service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyUtil
 * @generated
 */
@ProviderType
public interface SurveyPersistence extends BasePersistence<Survey> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyUtil} to access the survey persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the surveys where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching surveys
	 */
	public java.util.List<Survey> findByUuid(String uuid);

	/**
	 * Returns a range of all the surveys where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public java.util.List<Survey> findByUuid(String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the first survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the last survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the last survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the surveys before and after the current survey in the ordered set where uuid = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey[] findByUuid_PrevAndNext(
			long surveyId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Removes all the surveys where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of surveys where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching surveys
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the survey where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyException;

	/**
	 * Returns the survey where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the survey where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the survey where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey that was removed
	 */
	public Survey removeByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyException;

	/**
	 * Returns the number of surveys where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching surveys
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching surveys
	 */
	public java.util.List<Survey> findByUuid_C(String uuid, long companyId);

	/**
	 * Returns a range of all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public java.util.List<Survey> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the first survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the last survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the last survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the surveys before and after the current survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey[] findByUuid_C_PrevAndNext(
			long surveyId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Removes all the surveys where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching surveys
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the surveys where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching surveys
	 */
	public java.util.List<Survey> findByGroupId(long groupId);

	/**
	 * Returns a range of all the surveys where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public java.util.List<Survey> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the surveys where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns an ordered range of all the surveys where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the first survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the last survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the last survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the surveys before and after the current survey in the ordered set where groupId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey[] findByGroupId_PrevAndNext(
			long surveyId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns all the surveys that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching surveys that the user has permission to view
	 */
	public java.util.List<Survey> filterFindByGroupId(long groupId);

	/**
	 * Returns a range of all the surveys that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys that the user has permission to view
	 */
	public java.util.List<Survey> filterFindByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the surveys that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys that the user has permission to view
	 */
	public java.util.List<Survey> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the surveys before and after the current survey in the ordered set of surveys that the user has permission to view where groupId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey[] filterFindByGroupId_PrevAndNext(
			long surveyId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Removes all the surveys where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of surveys where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching surveys
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of surveys that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching surveys that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns all the surveys where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching surveys
	 */
	public java.util.List<Survey> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the surveys where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public java.util.List<Survey> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the surveys where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns an ordered range of all the surveys where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public java.util.List<Survey> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the first survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the last survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public Survey findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Returns the last survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public Survey fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns the surveys before and after the current survey in the ordered set where companyId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey[] findByCompanyId_PrevAndNext(
			long surveyId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Survey>
				orderByComparator)
		throws NoSuchSurveyException;

	/**
	 * Removes all the surveys where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of surveys where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching surveys
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Caches the survey in the entity cache if it is enabled.
	 *
	 * @param survey the survey
	 */
	public void cacheResult(Survey survey);

	/**
	 * Caches the surveys in the entity cache if it is enabled.
	 *
	 * @param surveys the surveys
	 */
	public void cacheResult(java.util.List<Survey> surveys);

	/**
	 * Creates a new survey with the primary key. Does not add the survey to the database.
	 *
	 * @param surveyId the primary key for the new survey
	 * @return the new survey
	 */
	public Survey create(long surveyId);

	/**
	 * Removes the survey with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey that was removed
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey remove(long surveyId) throws NoSuchSurveyException;

	public Survey updateImpl(Survey survey);

	/**
	 * Returns the survey with the primary key or throws a <code>NoSuchSurveyException</code> if it could not be found.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public Survey findByPrimaryKey(long surveyId) throws NoSuchSurveyException;

	/**
	 * Returns the survey with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey, or <code>null</code> if a survey with the primary key could not be found
	 */
	public Survey fetchByPrimaryKey(long surveyId);

	/**
	 * Returns all the surveys.
	 *
	 * @return the surveys
	 */
	public java.util.List<Survey> findAll();

	/**
	 * Returns a range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of surveys
	 */
	public java.util.List<Survey> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of surveys
	 */
	public java.util.List<Survey> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator);

	/**
	 * Returns an ordered range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of surveys
	 */
	public java.util.List<Survey> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Survey>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the surveys from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of surveys.
	 *
	 * @return the number of surveys
	 */
	public int countAll();

}