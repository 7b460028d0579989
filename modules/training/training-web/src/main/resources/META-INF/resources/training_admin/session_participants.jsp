<%@ include file="/init.jsp" %>

<%--
The participants page's own imports stay here, so init.jsp stays the shared one of every view. The page opens on
the list; each task has its own view (session_participants/*.jspf), reached from the navigation or a person's
row, so a coordinator never scrolls past the forms of other tasks.
--%>

<%@ page import="java.util.Set" %>

<%@ page import="se.livsviktig.training.constants.RegistrationConstants" %><%@
page import="se.livsviktig.training.registration.RegistrationImportReport" %><%@
page import="se.livsviktig.training.registration.RegistrationImportRow" %><%@
page import="se.livsviktig.training.web.internal.display.context.AdminSessionParticipant" %><%@
page import="se.livsviktig.training.web.internal.display.context.MoveTarget" %><%@
page import="se.livsviktig.training.web.internal.display.context.SessionAttendanceDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.SessionParticipantsView" %>

<%
SessionParticipantsDisplayContext sessionParticipantsDisplayContext = (SessionParticipantsDisplayContext)request.getAttribute(TrainingWebKeys.SESSION_PARTICIPANTS_DISPLAY_CONTEXT);

long courseSessionId = sessionParticipantsDisplayContext.getCourseSessionId();
List<FormError> formErrors = sessionParticipantsDisplayContext.getErrors();
List<AdminSessionParticipant> participants = sessionParticipantsDisplayContext.getParticipants();
FormError successMessage = sessionParticipantsDisplayContext.getSuccessMessage();
String currentView = sessionParticipantsDisplayContext.getView();
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

	<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "tasks-for-the-participants")) %>">
		<ul class="nav nav-underline mb-3">

			<%
			for (String navigationView : SessionParticipantsView.NAVIGATION) {
				boolean current = navigationView.equals(currentView);
			%>

				<li class="nav-item">
					<a <%= current ? "aria-current=\"page\"" : "" %> class="nav-link<%= current ? " active" : "" %>" href="<%= HtmlUtil.escapeHREF(sessionParticipantsDisplayContext.getViewURL(navigationView)) %>"><liferay-ui:message key="<%= SessionParticipantsView.getLabelKey(navigationView) %>" /></a>
				</li>

			<%
			}
			%>

		</ul>
	</nav>

	<c:choose>
		<c:when test="<%= currentView.equals(SessionParticipantsView.ADD) %>">
			<%@ include file="/training_admin/session_participants/add.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.APPROVALS) %>">
			<%@ include file="/training_admin/session_participants/approvals.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.ATTENDANCE) %>">
			<%@ include file="/training_admin/session_participants/attendance.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.CANCEL) %>">
			<%@ include file="/training_admin/session_participants/cancel.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.MESSAGE) %>">
			<%@ include file="/training_admin/session_participants/message.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.MOVE) %>">
			<%@ include file="/training_admin/session_participants/move.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.STAFFING) %>">
			<%@ include file="/training_admin/session_participants/staffing.jspf" %>
		</c:when>
		<c:when test="<%= currentView.equals(SessionParticipantsView.WAITLIST) %>">
			<%@ include file="/training_admin/session_participants/waitlist.jspf" %>
		</c:when>
		<c:otherwise>
			<%@ include file="/training_admin/session_participants/list.jspf" %>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
