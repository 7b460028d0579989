<%@ include file="/init.jsp" %>

<%-- Mina kurstillfällen's own imports stay here, so init.jsp stays the shared one of every view. --%>

<%@ page import="se.livsviktig.training.web.internal.display.context.CheckInDate" %><%@
page import="se.livsviktig.training.web.internal.display.context.MySession" %><%@
page import="se.livsviktig.training.web.internal.display.context.MySessionsDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.SessionParticipant" %>

<%
MySessionsDisplayContext mySessionsDisplayContext = (MySessionsDisplayContext)request.getAttribute(TrainingWebKeys.MY_SESSIONS_DISPLAY_CONTEXT);

List<FormError> formErrors = mySessionsDisplayContext.getErrors();
List<MySession> mySessions = mySessionsDisplayContext.getMySessions();
String successMessageKey = mySessionsDisplayContext.getSuccessMessageKey();
%>

<portlet:actionURL name="/training/respond_to_invitation" var="respondToInvitationURL" />

<portlet:actionURL name="/training/mark_attendances" var="markAttendancesURL" />

<clay:container-fluid cssClass="livsviktig-my-sessions">
	<h2><liferay-ui:message key="my-sessions" /></h2>

	<c:if test="<%= !formErrors.isEmpty() %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger" title="nothing-was-saved">
				<ul class="mb-0">

					<%
					for (FormError formError : formErrors) {
					%>

						<li><liferay-ui:message arguments="<%= formError.getArguments() %>" key="<%= formError.getMessageKey() %>" /></li>

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

	<c:if test="<%= successMessageKey != null %>">
		<clay:alert displayType="success">
			<liferay-ui:message key="<%= successMessageKey %>" />
		</clay:alert>
	</c:if>

	<c:choose>
		<c:when test="<%= mySessions.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="you-have-no-sessions-to-teach-yet" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="sessions-you-teach-or-are-invited-to" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="course" /></th>
						<th scope="col"><liferay-ui:message key="dates" /></th>
						<th scope="col"><liferay-ui:message key="place" /></th>
						<th scope="col"><liferay-ui:message key="your-answer" /></th>
						<th scope="col"><liferay-ui:message key="actions" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (MySession mySession : mySessions) {
						String subject = HtmlUtil.escape(mySession.getSubject());
					%>

						<tr class="<%= mySession.isSelected() ? "table-active" : "" %>" id="<portlet:namespace />session<%= mySession.getCourseSessionId() %>">
							<th class="table-cell-expand-smallest" scope="row">
								<%= HtmlUtil.escape(mySession.getCourseTitle()) %>

								<span class="d-block font-weight-normal text-secondary"><%= HtmlUtil.escape(mySession.getTrainingMethodName()) %></span>
							</th>
							<td>
								<ul class="list-unstyled mb-0">

									<%
									for (String date : mySession.getDates()) {
									%>

										<li class="text-nowrap"><%= HtmlUtil.escape(date) %></li>

									<%
									}
									%>

								</ul>
							</td>
							<td><%= HtmlUtil.escape(mySession.getPlace()) %></td>
							<td>
								<liferay-ui:message key="<%= mySession.getStatusKey() %>" />

								<c:if test="<%= mySession.isInvited() && Validator.isNotNull(mySession.getInvitationMessage()) %>">
									<span class="d-block small"><liferay-ui:message key="message-from-the-coordinator" /> <%= HtmlUtil.escape(mySession.getInvitationMessage()) %></span>
								</c:if>
							</td>
							<td class="table-cell-expand-small">
								<c:choose>
									<c:when test="<%= mySession.isInvited() %>">
										<form action="<%= HtmlUtil.escapeHREF(respondToInvitationURL) %>" method="post" name="<portlet:namespace />answerForm<%= mySession.getSessionInstructorId() %>">
											<input name="<portlet:namespace />sessionInstructorId" type="hidden" value="<%= mySession.getSessionInstructorId() %>" />

											<div class="text-nowrap">
												<button class="btn btn-primary btn-sm" name="<portlet:namespace />answer" type="submit" value="accept"><liferay-ui:message key="accept-invitation" /><span class="sr-only"> <liferay-ui:message arguments="<%= subject %>" key="the-invitation-to-x" translateArguments="<%= false %>" /></span></button>

												<button class="btn btn-secondary btn-sm" name="<portlet:namespace />answer" type="submit" value="decline"><liferay-ui:message key="decline-invitation" /><span class="sr-only"> <liferay-ui:message arguments="<%= subject %>" key="the-invitation-to-x" translateArguments="<%= false %>" /></span></button>
											</div>
										</form>
									</c:when>
									<c:when test="<%= mySession.isAccepted() %>">
										<a <%= mySession.isSelected() ? "aria-current=\"true\"" : "" %> href="<%= HtmlUtil.escapeHREF(mySessionsDisplayContext.getViewURL(mySession.getCourseSessionId(), 0)) %>"><liferay-ui:message key="participants-and-attendance" /><span class="sr-only"> <liferay-ui:message arguments="<%= subject %>" key="for-x" translateArguments="<%= false %>" /></span></a>
									</c:when>
								</c:choose>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= mySessionsDisplayContext.isSessionRefused() %>">
		<clay:alert displayType="warning">
			<liferay-ui:message key="you-may-not-see-the-participants-of-this-session" />
		</clay:alert>
	</c:if>

	<c:if test="<%= mySessionsDisplayContext.isSessionShown() %>">

		<%
		long courseSessionId = mySessionsDisplayContext.getSelectedCourseSessionId();
		List<CheckInDate> checkInDates = mySessionsDisplayContext.getCheckInDates();
		boolean markAttendance = mySessionsDisplayContext.isMarkAttendance();
		List<SessionParticipant> participants = mySessionsDisplayContext.getParticipants();
		CheckInDate selectedCheckInDate = mySessionsDisplayContext.getSelectedCheckInDate();

		boolean attendanceForm = markAttendance && (selectedCheckInDate != null) && selectedCheckInDate.isStarted() && !participants.isEmpty();
		%>

		<section aria-labelledby="<portlet:namespace />sessionTitle" class="mt-4">
			<h3 id="<portlet:namespace />sessionTitle"><%= HtmlUtil.escape(mySessionsDisplayContext.getSelectedSessionTitle()) %></h3>

			<h4><liferay-ui:message key="completion" /></h4>

			<ul class="list-inline" id="<portlet:namespace />completion">
				<li class="list-inline-item"><liferay-ui:message arguments="<%= mySessionsDisplayContext.getCompletedCount() %>" key="x-completed" /></li>
				<li class="list-inline-item"><liferay-ui:message arguments="<%= mySessionsDisplayContext.getNotCompletedCount() %>" key="x-not-completed" /></li>
				<li class="list-inline-item"><liferay-ui:message arguments="<%= mySessionsDisplayContext.getNoShowCount() %>" key="x-did-not-attend" /></li>
				<li class="list-inline-item"><liferay-ui:message arguments="<%= mySessionsDisplayContext.getConfirmedCount() %>" key="x-still-to-be-decided" /></li>
			</ul>

			<c:choose>
				<c:when test="<%= checkInDates.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="the-session-has-no-dates-yet" /></p>
				</c:when>
				<c:otherwise>
					<c:if test="<%= markAttendance %>">
						<h4><liferay-ui:message key="check-in-codes" /></h4>

						<p><liferay-ui:message key="check-in-codes-help" /></p>

						<c:if test="<%= mySessionsDisplayContext.isCheckInPageMissing() %>">
							<clay:alert displayType="warning">
								<liferay-ui:message key="check-in-codes-open-no-page" />
							</clay:alert>
						</c:if>

						<ul class="list-unstyled row" id="<portlet:namespace />checkInCodes">

							<%
							for (CheckInDate checkInDate : checkInDates) {
								String altText = LanguageUtil.format(request, "qr-code-for-check-in-code-x-valid-x", new Object[] {checkInDate.getCode(), checkInDate.getWindow()}, false);
							%>

								<li class="col-md-4 mb-3">
									<div class="card">
										<div class="card-body">
											<p class="font-weight-bold mb-1"><%= HtmlUtil.escape(checkInDate.getLabel()) %></p>

											<%= checkInDate.getQrSvg(altText) %>

											<p class="h3 mb-1 text-monospace"><span class="sr-only"><liferay-ui:message key="check-in-code" />: </span><%= HtmlUtil.escape(checkInDate.getCode()) %></p>

											<p class="mb-0 small"><liferay-ui:message arguments="<%= HtmlUtil.escape(checkInDate.getWindow()) %>" key="check-in-open-x" translateArguments="<%= false %>" /></p>

											<p class="mb-0 small"><liferay-ui:message key="<%= checkInDate.getWindowStateKey() %>" /></p>
										</div>
									</div>
								</li>

							<%
							}
							%>

						</ul>
					</c:if>

					<h4 id="<portlet:namespace />attendanceTitle"><liferay-ui:message arguments="<%= HtmlUtil.escape(selectedCheckInDate.getLabel()) %>" key="participants-and-attendance-on-x" translateArguments="<%= false %>" /></h4>

					<c:if test="<%= checkInDates.size() > 1 %>">
						<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "session-dates")) %>">
							<ul class="nav nav-underline mb-3">

								<%
								for (CheckInDate checkInDate : checkInDates) {
								%>

									<li class="nav-item">
										<a <%= checkInDate.isSelected() ? "aria-current=\"true\"" : "" %> class="nav-link<%= checkInDate.isSelected() ? " active" : "" %>" href="<%= HtmlUtil.escapeHREF(mySessionsDisplayContext.getViewURL(courseSessionId, checkInDate.getSessionDateId())) %>"><%= HtmlUtil.escape(checkInDate.getLabel()) %></a>
									</li>

								<%
								}
								%>

							</ul>
						</nav>
					</c:if>

					<c:if test="<%= markAttendance && !selectedCheckInDate.isStarted() %>">
						<p class="text-secondary"><liferay-ui:message arguments="<%= HtmlUtil.escape(selectedCheckInDate.getWindow()) %>" key="attendance-can-be-marked-once-check-in-opens-x" translateArguments="<%= false %>" /></p>
					</c:if>
				</c:otherwise>
			</c:choose>

			<c:choose>
				<c:when test="<%= participants.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="there-are-no-participants-yet" /></p>
				</c:when>
				<c:otherwise>
					<c:if test="<%= attendanceForm %>">
						<form action="<%= HtmlUtil.escapeHREF(markAttendancesURL) %>" method="post" name="<portlet:namespace />attendanceForm">
							<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= courseSessionId %>" />
							<input name="<portlet:namespace />sessionDateId" type="hidden" value="<%= selectedCheckInDate.getSessionDateId() %>" />
					</c:if>

					<table class="table table-autofit table-list" id="<portlet:namespace />participants">
						<caption class="sr-only"><liferay-ui:message arguments="<%= (selectedCheckInDate == null) ? HtmlUtil.escape(mySessionsDisplayContext.getSelectedSessionTitle()) : HtmlUtil.escape(selectedCheckInDate.getLabel()) %>" key="participants-and-attendance-on-x" translateArguments="<%= false %>" /></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="name" /></th>
								<th scope="col"><liferay-ui:message key="dietary-needs" /></th>
								<th scope="col"><liferay-ui:message key="attendance" /></th>
								<th scope="col"><liferay-ui:message key="status" /></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (SessionParticipant participant : participants) {
								long registrationId = participant.getRegistrationId();
								String name = HtmlUtil.escape(participant.getName());
							%>

								<tr>
									<th scope="row"><%= name %></th>
									<td>
										<c:choose>
											<c:when test="<%= Validator.isNotNull(participant.getDietaryNeeds()) %>">
												<%= HtmlUtil.escape(participant.getDietaryNeeds()) %>
											</c:when>
											<c:otherwise>
												<span class="text-secondary"><liferay-ui:message key="none-given" /></span>
											</c:otherwise>
										</c:choose>
									</td>
									<td>
										<c:choose>
											<c:when test="<%= attendanceForm %>">
												<input name="<portlet:namespace />registrationIds" type="hidden" value="<%= registrationId %>" />

												<div class="custom-checkbox custom-control">
													<input <%= participant.isPresent() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />present<%= registrationId %>" name="<portlet:namespace />present" type="checkbox" value="<%= registrationId %>" />

													<label class="custom-control-label" for="<portlet:namespace />present<%= registrationId %>"><span class="sr-only"><%= name %>: </span><liferay-ui:message key="present" /></label>
												</div>
											</c:when>
											<c:when test="<%= participant.getPresent() == null %>">
												<span class="text-secondary"><liferay-ui:message key="not-marked" /></span>
											</c:when>
											<c:when test="<%= participant.isPresent() %>">
												<liferay-ui:message key="present" />
											</c:when>
											<c:otherwise>
												<liferay-ui:message key="absent" />
											</c:otherwise>
										</c:choose>

										<c:if test="<%= participant.isCheckedIn() %>">
											<span class="d-block small text-secondary"><liferay-ui:message key="checked-in-with-the-code" /></span>
										</c:if>
									</td>
									<td><liferay-ui:message key="<%= participant.getStatusKey() %>" /></td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>

					<c:if test="<%= attendanceForm %>">
							<div class="btn-group-item">
								<button class="btn btn-primary" type="submit"><liferay-ui:message key="save-attendance" /></button>

								<button class="btn btn-secondary" name="<portlet:namespace />markAllPresent" type="submit" value="true"><liferay-ui:message key="mark-all-present" /></button>
							</div>
						</form>
					</c:if>
				</c:otherwise>
			</c:choose>
		</section>
	</c:if>
</clay:container-fluid>
