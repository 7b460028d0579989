/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyInvitationException;
import se.livsviktig.survey.model.SurveyInvitation;

/**
 * The persistence interface for the survey invitation service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyInvitationUtil
 * @generated
 */
@ProviderType
public interface SurveyInvitationPersistence
	extends BasePersistence<SurveyInvitation> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyInvitationUtil} to access the survey invitation persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or throws a <code>NoSuchSurveyInvitationException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByD_R(
			long surveyDispatchId, long registrationId)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByD_R(
		long surveyDispatchId, long registrationId);

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByD_R(
		long surveyDispatchId, long registrationId, boolean useFinderCache);

	/**
	 * Removes the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the survey invitation that was removed
	 */
	public SurveyInvitation removeByD_R(
			long surveyDispatchId, long registrationId)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the number of survey invitations where surveyDispatchId = &#63; and registrationId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the number of matching survey invitations
	 */
	public int countByD_R(long surveyDispatchId, long registrationId);

	/**
	 * Returns all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	public java.util.List<SurveyInvitation> findByU_S(long userId, int status);

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
	public java.util.List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end);

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
	public java.util.List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public java.util.List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByU_S_First(
			long userId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the first survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByU_S_First(
		long userId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

	/**
	 * Returns the last survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByU_S_Last(
			long userId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the last survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByU_S_Last(
		long userId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public SurveyInvitation[] findByU_S_PrevAndNext(
			long surveyInvitationId, long userId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Removes all the survey invitations where userId = &#63; and status = &#63; from the database.
	 *
	 * @param userId the user ID
	 * @param status the status
	 */
	public void removeByU_S(long userId, int status);

	/**
	 * Returns the number of survey invitations where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	public int countByU_S(long userId, int status);

	/**
	 * Returns all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	public java.util.List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status);

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
	public java.util.List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end);

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
	public java.util.List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public java.util.List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByD_S_First(
			long surveyDispatchId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the first survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByD_S_First(
		long surveyDispatchId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

	/**
	 * Returns the last survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByD_S_Last(
			long surveyDispatchId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the last survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByD_S_Last(
		long surveyDispatchId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public SurveyInvitation[] findByD_S_PrevAndNext(
			long surveyInvitationId, long surveyDispatchId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Removes all the survey invitations where surveyDispatchId = &#63; and status = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 */
	public void removeByD_S(long surveyDispatchId, int status);

	/**
	 * Returns the number of survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	public int countByD_S(long surveyDispatchId, int status);

	/**
	 * Returns all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	public java.util.List<SurveyInvitation> findByC_S(
		long companyId, int status);

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
	public java.util.List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end);

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
	public java.util.List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public java.util.List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByC_S_First(
			long companyId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the first survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByC_S_First(
		long companyId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

	/**
	 * Returns the last survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	public SurveyInvitation findByC_S_Last(
			long companyId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the last survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	public SurveyInvitation fetchByC_S_Last(
		long companyId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public SurveyInvitation[] findByC_S_PrevAndNext(
			long surveyInvitationId, long companyId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
				orderByComparator)
		throws NoSuchSurveyInvitationException;

	/**
	 * Removes all the survey invitations where companyId = &#63; and status = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 */
	public void removeByC_S(long companyId, int status);

	/**
	 * Returns the number of survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	public int countByC_S(long companyId, int status);

	/**
	 * Caches the survey invitation in the entity cache if it is enabled.
	 *
	 * @param surveyInvitation the survey invitation
	 */
	public void cacheResult(SurveyInvitation surveyInvitation);

	/**
	 * Caches the survey invitations in the entity cache if it is enabled.
	 *
	 * @param surveyInvitations the survey invitations
	 */
	public void cacheResult(java.util.List<SurveyInvitation> surveyInvitations);

	/**
	 * Creates a new survey invitation with the primary key. Does not add the survey invitation to the database.
	 *
	 * @param surveyInvitationId the primary key for the new survey invitation
	 * @return the new survey invitation
	 */
	public SurveyInvitation create(long surveyInvitationId);

	/**
	 * Removes the survey invitation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation that was removed
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public SurveyInvitation remove(long surveyInvitationId)
		throws NoSuchSurveyInvitationException;

	public SurveyInvitation updateImpl(SurveyInvitation surveyInvitation);

	/**
	 * Returns the survey invitation with the primary key or throws a <code>NoSuchSurveyInvitationException</code> if it could not be found.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	public SurveyInvitation findByPrimaryKey(long surveyInvitationId)
		throws NoSuchSurveyInvitationException;

	/**
	 * Returns the survey invitation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation, or <code>null</code> if a survey invitation with the primary key could not be found
	 */
	public SurveyInvitation fetchByPrimaryKey(long surveyInvitationId);

	/**
	 * Returns all the survey invitations.
	 *
	 * @return the survey invitations
	 */
	public java.util.List<SurveyInvitation> findAll();

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
	public java.util.List<SurveyInvitation> findAll(int start, int end);

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
	public java.util.List<SurveyInvitation> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator);

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
	public java.util.List<SurveyInvitation> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyInvitation>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey invitations from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey invitations.
	 *
	 * @return the number of survey invitations
	 */
	public int countAll();

}