<%@ include file="/init.jsp" %>

<%-- The participants page's own imports stay here, so init.jsp stays the shared one of every view. --%>

<%@ page import="java.util.Set" %>

<%@ page import="se.livsviktig.training.constants.RegistrationConstants" %><%@
page import="se.livsviktig.training.registration.RegistrationImportReport" %><%@
page import="se.livsviktig.training.registration.RegistrationImportRow" %><%@
page import="se.livsviktig.training.web.internal.display.context.AdminSessionParticipant" %><%@
page import="se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext" %>

<%
SessionParticipantsDisplayContext sessionParticipantsDisplayContext = (SessionParticipantsDisplayContext)request.getAttribute(TrainingWebKeys.SESSION_PARTICIPANTS_DISPLAY_CONTEXT);

long courseSessionId = sessionParticipantsDisplayContext.getCourseSessionId();
List<FormError> formErrors = sessionParticipantsDisplayContext.getErrors();
RegistrationImportReport importReport = sessionParticipantsDisplayContext.getImportReport();
List<AdminSessionParticipant> participants = sessionParticipantsDisplayContext.getParticipants();
List<AdminSessionParticipant> pendingApprovals = sessionParticipantsDisplayContext.getPendingApprovals();
Set<Long> selectedRecipients = sessionParticipantsDisplayContext.getSelectedRecipients();
FormError successMessage = sessionParticipantsDisplayContext.getSuccessMessage();
List<AdminSessionParticipant> waitlist = sessionParticipantsDisplayContext.getWaitlist();
List<SessionParticipantsDisplayContext.MoveTarget> moveTargets = sessionParticipantsDisplayContext.getMoveTargets();
List<SessionParticipantsDisplayContext.AttendanceDate> attendanceDates = sessionParticipantsDisplayContext.getAttendanceDates();
List<AdminSessionParticipant> attendanceParticipants = sessionParticipantsDisplayContext.getAttendanceParticipants();
List<SessionParticipantsDisplayContext.SessionInstructorRow> instructors = sessionParticipantsDisplayContext.getInstructors();
%>

<portlet:renderURL var="backURL" />

<portlet:actionURL name="/training/admin/add_session_participant" var="addParticipantURL" />

<portlet:actionURL name="/training/admin/approve_session_participant" var="approveURL" />

<portlet:actionURL name="/training/admin/cancel_session_participant" var="cancelParticipantURL" />

<portlet:actionURL name="/training/admin/decline_session_participant" var="declineURL" />

<portlet:actionURL name="/training/admin/import_session_participants" var="importURL" />

<portlet:actionURL name="/training/admin/invite_session_instructor" var="inviteURL" />

<portlet:actionURL name="/training/admin/message_session_participants" var="messageURL" />

<portlet:actionURL name="/training/admin/move_session_participant" var="moveURL" />

<portlet:actionURL name="/training/admin/move_waitlist_position" var="waitlistURL" />

<portlet:actionURL name="/training/admin/withdraw_session_instructor" var="withdrawURL" />

<clay:container-fluid cssClass="livsviktig-session-participants">
	<p>
		<a href="<%= HtmlUtil.escapeHREF(backURL) %>"><liferay-ui:message key="back-to-the-sessions" /></a>
	</p>

	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(sessionParticipantsDisplayContext.getCourseTitle()) %>" key="participants-of-x" translateArguments="<%= false %>" /></h2>

	<%@ include file="/training_admin/instructor_staffing.jspf" %>

	<c:if test="<%= !formErrors.isEmpty() %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger" title="the-change-was-not-saved">
				<ul class="mb-0">

					<%
					for (FormError formError : formErrors) {
					%>

						<li>
							<c:choose>
								<c:when test="<%= formError.getFieldName() != null %>">
									<a href="#<portlet:namespace /><%= HtmlUtil.escapeAttribute(formError.getFieldName()) %>"><liferay-ui:message arguments="<%= formError.getArguments() %>" key="<%= formError.getMessageKey() %>" translateArguments="<%= false %>" /></a>
								</c:when>
								<c:otherwise>
									<liferay-ui:message arguments="<%= formError.getArguments() %>" key="<%= formError.getMessageKey() %>" translateArguments="<%= false %>" />
								</c:otherwise>
							</c:choose>
						</li>

					<%
					}
					%>

				</ul>
			</clay:alert>
		</div>

		<script>
			document.getElementById('<portlet:namespace />errorSummary').focus();
		</script>
	</c:if>

	<c:if test="<%= successMessage != null %>">
		<div role="status">
			<clay:alert displayType="success">
				<liferay-ui:message arguments="<%= successMessage.getArguments() %>" key="<%= successMessage.getMessageKey() %>" translateArguments="<%= false %>" />
			</clay:alert>
		</div>
	</c:if>

	<c:if test="<%= importReport != null %>">
		<section aria-labelledby="<portlet:namespace />importReportHeading" class="mb-4">
			<h3 id="<portlet:namespace />importReportHeading"><liferay-ui:message key="report-of-the-list" /></h3>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="report-of-the-list" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="line" /></th>
						<th scope="col"><liferay-ui:message key="as-written" /></th>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th scope="col"><liferay-ui:message key="result" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (RegistrationImportRow importRow : importReport.getRows()) {
					%>

						<tr class="<%= importRow.isValid() ? "" : "table-danger" %>">
							<th scope="row"><%= importRow.getLineNumber() %></th>
							<td><%= HtmlUtil.escape(importRow.getValue()) %></td>
							<td><%= HtmlUtil.escape(Validator.isNull(importRow.getUserName()) ? "" : importRow.getUserName()) %></td>
							<td>
								<c:if test="<%= !importRow.isValid() %>">
									<span class="font-weight-bold"><liferay-ui:message key="error" />: </span>
								</c:if>

								<liferay-ui:message key="<%= importRow.getMessageKey() %>" />
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</section>
	</c:if>

	<p>
		<a class="btn btn-secondary btn-sm" download href="<%= HtmlUtil.escapeHREF(sessionParticipantsDisplayContext.getExportCsvURL()) %>"><liferay-ui:message key="export-to-csv" /></a>

		<a class="btn btn-secondary btn-sm" download href="<%= HtmlUtil.escapeHREF(sessionParticipantsDisplayContext.getExportXlsxURL()) %>"><liferay-ui:message key="export-to-excel" /></a>
	</p>

	<section aria-labelledby="<portlet:namespace />participantsHeading" class="mb-4">
		<h3 id="<portlet:namespace />participantsHeading"><liferay-ui:message key="participants" /></h3>

		<c:choose>
			<c:when test="<%= participants.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="nobody-has-registered-for-this-session-yet" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="participants" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="name" /></th>
							<th scope="col"><liferay-ui:message key="email-address" /></th>
							<th scope="col"><liferay-ui:message key="organization" /></th>
							<th scope="col"><liferay-ui:message key="status" /></th>
							<th scope="col"><liferay-ui:message key="registered" /></th>
							<th scope="col"><liferay-ui:message key="dietary-needs" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (AdminSessionParticipant participant : participants) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(participant.getName()) %></th>
								<td><%= HtmlUtil.escape(participant.getEmailAddress()) %></td>
								<td><%= HtmlUtil.escape(participant.getOrganizationName()) %></td>
								<td>
									<liferay-ui:message key="<%= participant.getStatusKey() %>" />

									<c:if test="<%= participant.getWaitlistPosition() > 0 %>">
										<span class="d-block"><liferay-ui:message arguments="<%= participant.getWaitlistPosition() %>" key="number-x-in-line" /></span>
									</c:if>

									<c:if test="<%= Validator.isNotNull(participant.getHoldExpiration()) %>">
										<span class="d-block text-secondary"><liferay-ui:message arguments="<%= HtmlUtil.escape(participant.getHoldExpiration()) %>" key="until-x" translateArguments="<%= false %>" /></span>
									</c:if>

									<c:if test="<%= Validator.isNotNull(participant.getCancellationReason()) %>">
										<span class="d-block text-secondary"><liferay-ui:message key="reason" />: <%= HtmlUtil.escape(participant.getCancellationReason()) %></span>
									</c:if>
								</td>
								<td class="text-nowrap"><%= HtmlUtil.escape(participant.getRegisteredDate()) %></td>
								<td><%= HtmlUtil.escape(Validator.isNull(participant.getDietaryNeeds()) ? "" : participant.getDietaryNeeds()) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />waitlistHeading" class="mb-4">
		<h3 id="<portlet:namespace />waitlistHeading"><liferay-ui:message key="waitlist" /></h3>

		<c:choose>
			<c:when test="<%= waitlist.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="nobody-is-on-the-waitlist" /></p>
			</c:when>
			<c:otherwise>
				<ol>

					<%
					for (AdminSessionParticipant participant : waitlist) {
					%>

						<li><%= HtmlUtil.escape(participant.getName()) %></li>

					<%
					}
					%>

				</ol>

				<form action="<%= HtmlUtil.escapeHREF(waitlistURL) %>" method="post" name="<portlet:namespace />waitlistForm">
					<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

					<fieldset>
						<legend class="h4"><liferay-ui:message key="move-someone-in-line" /></legend>

						<div class="form-group">
							<label for="<portlet:namespace />waitlistRegistrationId"><liferay-ui:message key="person" /></label>

							<select class="form-control" id="<portlet:namespace />waitlistRegistrationId" name="<portlet:namespace />waitlistRegistrationId">

								<%
								String selectedWaitlistRegistrationId = sessionParticipantsDisplayContext.getParameter("waitlistRegistrationId");

								for (AdminSessionParticipant participant : waitlist) {
								%>

									<option <%= selectedWaitlistRegistrationId.equals(String.valueOf(participant.getRegistrationId())) ? "selected" : "" %> value="<%= participant.getRegistrationId() %>"><%= HtmlUtil.escape(participant.getName()) %> (<%= participant.getWaitlistPosition() %>)</option>

								<%
								}
								%>

							</select>
						</div>

						<div class="form-group">
							<label for="<portlet:namespace />waitlistPosition"><liferay-ui:message key="new-place-in-line" /></label>

							<input class="form-control" id="<portlet:namespace />waitlistPosition" min="1" name="<portlet:namespace />waitlistPosition" type="number" value="<%= HtmlUtil.escapeAttribute(sessionParticipantsDisplayContext.getParameter("waitlistPosition")) %>" />
						</div>

						<div class="form-group">
							<label for="<portlet:namespace />waitlistReason"><liferay-ui:message key="reason-required" /></label>

							<textarea class="form-control" id="<portlet:namespace />waitlistReason" maxlength="<%= sessionParticipantsDisplayContext.getReasonMaxLength() %>" name="<portlet:namespace />waitlistReason" required rows="2"><%= HtmlUtil.escape(sessionParticipantsDisplayContext.getParameter("waitlistReason")) %></textarea>
						</div>

						<button class="btn btn-secondary btn-sm" name="<portlet:namespace />direction" type="submit" value="up"><liferay-ui:message key="move-up" /></button>

						<button class="btn btn-secondary btn-sm" name="<portlet:namespace />direction" type="submit" value="down"><liferay-ui:message key="move-down" /></button>

						<button class="btn btn-primary btn-sm" name="<portlet:namespace />direction" type="submit" value="position"><liferay-ui:message key="move-to-the-place" /></button>
					</fieldset>
				</form>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />approvalsHeading" class="mb-4">
		<h3 id="<portlet:namespace />approvalsHeading"><liferay-ui:message key="waiting-for-approval" /></h3>

		<c:choose>
			<c:when test="<%= pendingApprovals.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="no-request-is-waiting-for-approval" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="waiting-for-approval" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="name" /></th>
							<th scope="col"><liferay-ui:message key="motivation" /></th>
							<th scope="col"><liferay-ui:message key="seat-held-until" /></th>
							<th scope="col"><liferay-ui:message key="decision" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (AdminSessionParticipant participant : pendingApprovals) {
							long registrationId = participant.getRegistrationId();
							String personName = HtmlUtil.escape(participant.getName());
						%>

							<tr>
								<th scope="row"><%= personName %></th>
								<td><%= HtmlUtil.escape(Validator.isNull(participant.getMotivation()) ? "" : participant.getMotivation()) %></td>
								<td class="text-nowrap"><%= HtmlUtil.escape(participant.getHoldExpiration()) %></td>
								<td>
									<form action="<%= HtmlUtil.escapeHREF(approveURL) %>" method="post" name="<portlet:namespace />decisionForm<%= registrationId %>">
										<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />
										<input name="<portlet:namespace />registrationId" type="hidden" value="<%= registrationId %>" />

										<div class="form-group mb-2">
											<label for="<portlet:namespace />comment<%= registrationId %>"><liferay-ui:message arguments="<%= personName %>" key="comment-to-x-optional" translateArguments="<%= false %>" /></label>

											<textarea class="form-control" id="<portlet:namespace />comment<%= registrationId %>" maxlength="<%= sessionParticipantsDisplayContext.getCommentMaxLength() %>" name="<portlet:namespace />comment" rows="2"></textarea>
										</div>

										<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="approve" /><span class="sr-only"> <%= personName %></span></button>

										<button class="btn btn-secondary btn-sm" formaction="<%= HtmlUtil.escapeHREF(declineURL) %>" type="submit"><liferay-ui:message key="decline" /><span class="sr-only"> <%= personName %></span></button>
									</form>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />attendanceHeading" class="mb-4">
		<h3 id="<portlet:namespace />attendanceHeading"><liferay-ui:message key="attendance" /></h3>

		<c:choose>
			<c:when test="<%= attendanceDates.isEmpty() || attendanceParticipants.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="no-attendance-to-show-yet" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="attendance-per-session-date" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="name" /></th>

							<%
							for (SessionParticipantsDisplayContext.AttendanceDate attendanceDate : attendanceDates) {
							%>

								<th scope="col"><%= HtmlUtil.escape(attendanceDate.getLabel()) %></th>

							<%
							}
							%>

						</tr>
					</thead>
					<tbody>

						<%
						for (AdminSessionParticipant participant : attendanceParticipants) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(participant.getName()) %></th>

								<%
								for (SessionParticipantsDisplayContext.AttendanceDate attendanceDate : attendanceDates) {
								%>

									<td><liferay-ui:message key="<%= attendanceDate.getPresenceKey(participant.getRegistrationId()) %>" /></td>

								<%
								}
								%>

							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />addHeading" class="mb-4">
		<h3 id="<portlet:namespace />addHeading"><liferay-ui:message key="add-participants" /></h3>

		<form action="<%= HtmlUtil.escapeHREF(addParticipantURL) %>" class="mb-3" method="post" name="<portlet:namespace />addForm">
			<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

			<div class="form-group">
				<label for="<portlet:namespace />participant"><liferay-ui:message key="email-address-or-screen-name" /></label>

				<input autocomplete="off" class="form-control" id="<portlet:namespace />participant" name="<portlet:namespace />participant" required type="text" value="<%= HtmlUtil.escapeAttribute(sessionParticipantsDisplayContext.getParameter("participant")) %>" />
			</div>

			<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="add-participant" /></button>
		</form>

		<form action="<%= HtmlUtil.escapeHREF(importURL) %>" enctype="multipart/form-data" method="post" name="<portlet:namespace />importForm">
			<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

			<fieldset>
				<legend class="h4"><liferay-ui:message key="add-from-a-list" /></legend>

				<p id="<portlet:namespace />importHelp"><liferay-ui:message key="a-csv-file-with-one-email-address-or-screen-name-per-line" /></p>

				<div class="form-group">
					<label for="<portlet:namespace />csvFile"><liferay-ui:message key="csv-file" /></label>

					<input accept=".csv,text/csv,text/plain" aria-describedby="<portlet:namespace />importHelp" class="form-control-file" id="<portlet:namespace />csvFile" name="<portlet:namespace />csvFile" type="file" />
				</div>

				<div class="form-group">
					<label for="<portlet:namespace />csv"><liferay-ui:message key="or-paste-the-list" /></label>

					<textarea aria-describedby="<portlet:namespace />importHelp" class="form-control" id="<portlet:namespace />csv" name="<portlet:namespace />csv" rows="4"><%= HtmlUtil.escape(sessionParticipantsDisplayContext.getParameter("csv")) %></textarea>
				</div>

				<button class="btn btn-secondary btn-sm" name="<portlet:namespace />dryRun" type="submit" value="true"><liferay-ui:message key="check-the-list" /></button>

				<button class="btn btn-primary btn-sm" name="<portlet:namespace />dryRun" type="submit" value="false"><liferay-ui:message key="register-everyone-on-the-list" /></button>
			</fieldset>
		</form>
	</section>

	<c:if test="<%= !participants.isEmpty() %>">
		<section aria-labelledby="<portlet:namespace />moveHeading" class="mb-4">
			<h3 id="<portlet:namespace />moveHeading"><liferay-ui:message key="move-to-another-session" /></h3>

			<c:choose>
				<c:when test="<%= moveTargets.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="the-course-has-no-other-published-session" /></p>
				</c:when>
				<c:otherwise>
					<form action="<%= HtmlUtil.escapeHREF(moveURL) %>" method="post" name="<portlet:namespace />moveForm">
						<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

						<div class="form-group">
							<label for="<portlet:namespace />moveRegistrationId"><liferay-ui:message key="person" /></label>

							<select class="form-control" id="<portlet:namespace />moveRegistrationId" name="<portlet:namespace />moveRegistrationId">

								<%
								String selectedMoveRegistrationId = sessionParticipantsDisplayContext.getParameter("moveRegistrationId");

								for (AdminSessionParticipant participant : participants) {
									if (!RegistrationConstants.isActive(participant.getStatus())) {
										continue;
									}
								%>

									<option <%= selectedMoveRegistrationId.equals(String.valueOf(participant.getRegistrationId())) ? "selected" : "" %> value="<%= participant.getRegistrationId() %>"><%= HtmlUtil.escape(participant.getName()) %></option>

								<%
								}
								%>

							</select>
						</div>

						<div class="form-group">
							<label for="<portlet:namespace />targetCourseSessionId"><liferay-ui:message key="to-the-session" /></label>

							<select class="form-control" id="<portlet:namespace />targetCourseSessionId" name="<portlet:namespace />targetCourseSessionId">

								<%
								String selectedTargetCourseSessionId = sessionParticipantsDisplayContext.getParameter("targetCourseSessionId");

								for (SessionParticipantsDisplayContext.MoveTarget moveTarget : moveTargets) {
								%>

									<option <%= selectedTargetCourseSessionId.equals(String.valueOf(moveTarget.getCourseSessionId())) ? "selected" : "" %> value="<%= moveTarget.getCourseSessionId() %>"><%= HtmlUtil.escape(moveTarget.getLabel()) %> (<liferay-ui:message arguments="<%= moveTarget.getSeatsLeft() %>" key="x-seats-left" />)</option>

								<%
								}
								%>

							</select>
						</div>

						<div class="form-group">
							<label for="<portlet:namespace />moveReason"><liferay-ui:message key="reason-optional" /></label>

							<textarea class="form-control" id="<portlet:namespace />moveReason" maxlength="<%= sessionParticipantsDisplayContext.getReasonMaxLength() %>" name="<portlet:namespace />moveReason" rows="2"><%= HtmlUtil.escape(sessionParticipantsDisplayContext.getParameter("moveReason")) %></textarea>
						</div>

						<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="move" /></button>
					</form>
				</c:otherwise>
			</c:choose>
		</section>

		<section aria-labelledby="<portlet:namespace />cancelHeading" class="mb-4">
			<h3 id="<portlet:namespace />cancelHeading"><liferay-ui:message key="cancel-a-registration" /></h3>

			<p class="text-secondary"><liferay-ui:message key="the-freed-seat-goes-to-the-first-in-line-and-the-person-is-told" /></p>

			<form action="<%= HtmlUtil.escapeHREF(cancelParticipantURL) %>" method="post" name="<portlet:namespace />cancelForm">
				<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

				<div class="form-group">
					<label for="<portlet:namespace />cancelRegistrationId"><liferay-ui:message key="person" /></label>

					<select class="form-control" id="<portlet:namespace />cancelRegistrationId" name="<portlet:namespace />cancelRegistrationId">

						<%
						String selectedCancelRegistrationId = sessionParticipantsDisplayContext.getParameter("cancelRegistrationId");

						for (AdminSessionParticipant participant : participants) {
							if (!RegistrationConstants.isActive(participant.getStatus())) {
								continue;
							}
						%>

							<option <%= selectedCancelRegistrationId.equals(String.valueOf(participant.getRegistrationId())) ? "selected" : "" %> value="<%= participant.getRegistrationId() %>"><%= HtmlUtil.escape(participant.getName()) %></option>

						<%
						}
						%>

					</select>
				</div>

				<div class="form-group">
					<label for="<portlet:namespace />cancelReason"><liferay-ui:message key="reason-required-after-the-cancellation-deadline" /></label>

					<textarea class="form-control" id="<portlet:namespace />cancelReason" maxlength="<%= sessionParticipantsDisplayContext.getReasonMaxLength() %>" name="<portlet:namespace />cancelReason" rows="2"><%= HtmlUtil.escape(sessionParticipantsDisplayContext.getParameter("cancelReason")) %></textarea>
				</div>

				<button class="btn btn-danger btn-sm" type="submit"><liferay-ui:message key="cancel-registration" /></button>
			</form>
		</section>

		<section aria-labelledby="<portlet:namespace />messageHeading" class="mb-4">
			<h3 id="<portlet:namespace />messageHeading"><liferay-ui:message key="message-the-participants" /></h3>

			<form action="<%= HtmlUtil.escapeHREF(messageURL) %>" method="post" name="<portlet:namespace />messageForm">
				<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

				<fieldset class="form-group" id="<portlet:namespace />messageRecipients" tabindex="-1">
					<legend class="h4"><liferay-ui:message key="recipients" /></legend>

					<%
					for (AdminSessionParticipant participant : participants) {
						if (!RegistrationConstants.isActive(participant.getStatus())) {
							continue;
						}

						long registrationId = participant.getRegistrationId();
					%>

						<div class="form-check">
							<input <%= selectedRecipients.contains(registrationId) ? "checked" : "" %> class="form-check-input" id="<portlet:namespace />recipient<%= registrationId %>" name="<portlet:namespace />registrationIds" type="checkbox" value="<%= registrationId %>" />

							<label class="form-check-label" for="<portlet:namespace />recipient<%= registrationId %>"><%= HtmlUtil.escape(participant.getName()) %> (<liferay-ui:message key="<%= participant.getStatusKey() %>" />)</label>
						</div>

					<%
					}
					%>

					<div class="form-check mt-2">
						<input class="form-check-input" id="<portlet:namespace />allRecipients" name="<portlet:namespace />allRecipients" type="checkbox" value="true" />

						<label class="form-check-label" for="<portlet:namespace />allRecipients"><liferay-ui:message key="everyone-registered" /></label>
					</div>
				</fieldset>

				<div class="form-group">
					<label for="<portlet:namespace />messageSubject"><liferay-ui:message key="subject" /></label>

					<input class="form-control" id="<portlet:namespace />messageSubject" maxlength="<%= SessionParticipantsDisplayContext.SUBJECT_MAX_LENGTH %>" name="<portlet:namespace />messageSubject" required type="text" value="<%= HtmlUtil.escapeAttribute(sessionParticipantsDisplayContext.getParameter("messageSubject")) %>" />
				</div>

				<div class="form-group">
					<label for="<portlet:namespace />messageBody"><liferay-ui:message key="message" /></label>

					<textarea class="form-control" id="<portlet:namespace />messageBody" maxlength="<%= SessionParticipantsDisplayContext.BODY_MAX_LENGTH %>" name="<portlet:namespace />messageBody" required rows="6"><%= HtmlUtil.escape(sessionParticipantsDisplayContext.getParameter("messageBody")) %></textarea>
				</div>

				<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="send-by-email" /></button>
			</form>
		</section>
	</c:if>

	<section aria-labelledby="<portlet:namespace />staffingHeading" class="mb-4">
		<h3 id="<portlet:namespace />staffingHeading"><liferay-ui:message key="instructors" /></h3>

		<c:choose>
			<c:when test="<%= instructors.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="no-instructor-is-invited-yet" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="instructors" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="name" /></th>
							<th scope="col"><liferay-ui:message key="answer" /></th>
							<th scope="col"><liferay-ui:message key="answered" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (SessionParticipantsDisplayContext.SessionInstructorRow instructor : instructors) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(instructor.getName()) %></th>
								<td><liferay-ui:message key="<%= instructor.getStatusKey() %>" /></td>
								<td class="text-nowrap"><%= HtmlUtil.escape(instructor.getResponseDate()) %></td>
								<td>
									<c:if test="<%= instructor.isWithdrawable() %>">
										<form action="<%= HtmlUtil.escapeHREF(withdrawURL) %>" method="post" name="<portlet:namespace />withdrawForm<%= instructor.getSessionInstructorId() %>">
											<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />
											<input name="<portlet:namespace />sessionInstructorId" type="hidden" value="<%= instructor.getSessionInstructorId() %>" />

											<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="withdraw-the-invitation" /><span class="sr-only"> <%= HtmlUtil.escape(instructor.getName()) %></span></button>
										</form>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>

		<form action="<%= HtmlUtil.escapeHREF(inviteURL) %>" method="post" name="<portlet:namespace />inviteForm">
			<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />

			<fieldset>
				<legend class="h4"><liferay-ui:message key="invite-an-instructor" /></legend>

				<div class="form-group">
					<label for="<portlet:namespace />instructor"><liferay-ui:message key="email-address-or-screen-name" /></label>

					<input autocomplete="off" class="form-control" id="<portlet:namespace />instructor" name="<portlet:namespace />instructor" required type="text" value="<%= HtmlUtil.escapeAttribute(sessionParticipantsDisplayContext.getParameter("instructor")) %>" />
				</div>

				<div class="form-group">
					<label for="<portlet:namespace />instructorMessage"><liferay-ui:message key="message-optional" /></label>

					<textarea class="form-control" id="<portlet:namespace />instructorMessage" name="<portlet:namespace />instructorMessage" rows="2"><%= HtmlUtil.escape(sessionParticipantsDisplayContext.getParameter("instructorMessage")) %></textarea>
				</div>

				<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="invite" /></button>
			</fieldset>
		</form>
	</section>
</clay:container-fluid>
