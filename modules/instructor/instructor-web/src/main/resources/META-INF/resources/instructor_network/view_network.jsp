<%@ include file="/instructor_network/init.jsp" %>

<%
NetworkPageDisplayContext networkPageDisplayContext = (NetworkPageDisplayContext)request.getAttribute(ViewInstructorNetworkMVCRenderCommand.NETWORK_PAGE_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = networkPageDisplayContext.getFieldErrors();

String successMessageKey = networkPageDisplayContext.getSuccessMessageKey();

List<MemberRow> memberRows = networkPageDisplayContext.getMemberRows();
List<MeetingRow> upcomingMeetingRows = networkPageDisplayContext.getUpcomingMeetingRows();
List<MeetingRow> pastMeetingRows = networkPageDisplayContext.getPastMeetingRows();
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-network-page">
	<h1><%= HtmlUtil.escape(networkPageDisplayContext.getName()) %></h1>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<c:if test="<%= Validator.isNotNull(networkPageDisplayContext.getDescription()) %>">
		<p><%= HtmlUtil.escape(networkPageDisplayContext.getDescription()) %></p>
	</c:if>

	<p>
		<a href="<%= HtmlUtil.escapeHREF(networkPageDisplayContext.getNetworkListURL()) %>"><liferay-ui:message key="back-to-the-networks" /></a>

		<c:if test="<%= networkPageDisplayContext.isCanUpdate() %>">
			<a class="btn btn-secondary btn-sm ml-3" href="<%= HtmlUtil.escapeHREF(networkPageDisplayContext.getMeetingsURL()) %>"><liferay-ui:message key="manage-meetings" /></a>
		</c:if>
	</p>

	<h2><liferay-ui:message key="members" /></h2>

	<table class="table table-autofit">
		<thead>
			<tr>
				<th scope="col"><liferay-ui:message key="name" /></th>
				<th scope="col"><liferay-ui:message key="organization" /></th>
				<th scope="col"><liferay-ui:message key="role" /></th>
				<th scope="col"><liferay-ui:message key="certified-for" /></th>
			</tr>
		</thead>
		<tbody>

			<%
			for (MemberRow memberRow : memberRows) {
			%>

				<tr>
					<td><%= HtmlUtil.escape(memberRow.getFullName()) %></td>
					<td><%= HtmlUtil.escape(memberRow.getOrganizations()) %></td>
					<td><liferay-ui:message key="<%= memberRow.getRoleKey() %>" /></td>
					<td>

						<%
						for (String method : memberRow.getMethods()) {
						%>

							<div><%= HtmlUtil.escape(method) %></div>

						<%
						}
						%>

					</td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<h2><liferay-ui:message key="upcoming-meetings" /></h2>

	<c:if test="<%= upcomingMeetingRows.isEmpty() %>">
		<p><liferay-ui:message key="no-meetings-are-planned" /></p>
	</c:if>

	<%
	for (MeetingRow meetingRow : upcomingMeetingRows) {
	%>

		<section class="livsviktig-network-meeting mb-4">
			<h3><%= HtmlUtil.escape(meetingRow.getTitle()) %> <%@ include file="/instructor_network/cancelled_label.jspf" %></h3>

			<%@ include file="/instructor_network/meeting_details.jspf" %>

			<c:if test="<%= !meetingRow.isCancelled() && (meetingRow.getMyAnswer() != MeetingRow.NOT_INVITED) %>">
				<p class="mb-1">
					<strong><liferay-ui:message key="your-answer" />:</strong> <liferay-ui:message key="<%= meetingRow.getMyAnswerKey() %>" />
				</p>
			</c:if>

			<c:if test="<%= meetingRow.isAnswerable() %>">
				<div class="livsviktig-meeting-answer">

					<%
					for (int answer : new int[] {MeetingParticipantConstants.ANSWER_COMING, MeetingParticipantConstants.ANSWER_NOT_COMING}) {
					%>

						<form action="<%= HtmlUtil.escapeHREF(networkPageDisplayContext.getAnswerURL()) %>" class="d-inline-block mr-2" method="post">
							<input name="<portlet:namespace />networkMeetingId" type="hidden" value="<%= meetingRow.getNetworkMeetingId() %>" />
							<input name="<portlet:namespace />answer" type="hidden" value="<%= answer %>" />
							<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(networkPageDisplayContext.getCurrentURL()) %>" />

							<button class="btn btn-sm <%= (answer == MeetingParticipantConstants.ANSWER_COMING) ? "btn-primary" : "btn-secondary" %>" type="submit"><liferay-ui:message key='<%= (answer == MeetingParticipantConstants.ANSWER_COMING) ? "i-am-coming" : "i-am-not-coming" %>' /><span class="sr-only"> &ndash; <%= HtmlUtil.escape(meetingRow.getTitle()) %></span></button>
						</form>

					<%
					}
					%>

				</div>
			</c:if>
		</section>

	<%
	}
	%>

	<h2><liferay-ui:message key="past-meetings" /></h2>

	<c:if test="<%= pastMeetingRows.isEmpty() %>">
		<p><liferay-ui:message key="no-meetings-have-been-held-yet" /></p>
	</c:if>

	<%
	for (MeetingRow meetingRow : pastMeetingRows) {
		List<AttendanceRow> attendanceRows = meetingRow.getAttendanceRows();
	%>

		<section class="livsviktig-network-meeting mb-4">
			<h3><%= HtmlUtil.escape(meetingRow.getTitle()) %> <%@ include file="/instructor_network/cancelled_label.jspf" %></h3>

			<%@ include file="/instructor_network/meeting_details.jspf" %>

			<c:if test="<%= Validator.isNotNull(meetingRow.getNotesHTML()) %>">
				<p class="mb-1">
					<strong><liferay-ui:message key="notes" />:</strong>
				</p>

				<div class="livsviktig-meeting-notes"><%= meetingRow.getNotesHTML() %></div>
			</c:if>

			<c:if test="<%= networkPageDisplayContext.isCanUpdate() && !attendanceRows.isEmpty() %>">
				<table class="table table-autofit table-sm livsviktig-meeting-attendance">
					<caption><liferay-ui:message arguments="<%= HtmlUtil.escape(meetingRow.getTitle()) %>" key="attendance-at-x" translateArguments="<%= false %>" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="name" /></th>
							<th scope="col"><liferay-ui:message key="answer" /></th>
							<th scope="col"><liferay-ui:message key="attendance" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (AttendanceRow attendanceRow : attendanceRows) {
						%>

							<tr>
								<td><%= (attendanceRow.getFullName() == null) ? LanguageUtil.get(request, "deleted-user") : HtmlUtil.escape(attendanceRow.getFullName()) %></td>
								<td><liferay-ui:message key="<%= attendanceRow.getAnswerKey() %>" /></td>
								<td><liferay-ui:message key="<%= attendanceRow.getAttendanceKey() %>" /></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:if>
		</section>

	<%
	}
	%>

</clay:container-fluid>
