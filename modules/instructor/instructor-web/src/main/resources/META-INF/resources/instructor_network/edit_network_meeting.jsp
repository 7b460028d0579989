<%@ include file="/instructor_network/init.jsp" %>

<%
MeetingFormDisplayContext meetingFormDisplayContext = (MeetingFormDisplayContext)request.getAttribute(EditNetworkMeetingMVCRenderCommand.MEETING_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = meetingFormDisplayContext.getFieldErrors();

FieldError fieldError = null;
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-edit-network-meeting">
	<h1><liferay-ui:message key='<%= meetingFormDisplayContext.isNew() ? "new-meeting" : "edit-meeting" %>' /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(meetingFormDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<clay:sheet>
			<clay:sheet-section>
				<%
				fieldError = meetingFormDisplayContext.getFieldError("title");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />title"><liferay-ui:message key="title" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "titleError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />title" name="<portlet:namespace />title" required maxlength="150" type="text" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getTitle()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("startDate");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />startDate"><liferay-ui:message key="start-date" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "startDateError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />startDate" name="<portlet:namespace />startDate" required type="date" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getStartDate()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("startTime");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />startTime"><liferay-ui:message key="start-time" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "startTimeError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />startTime" name="<portlet:namespace />startTime" required type="time" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getStartTime()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("endDate");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />endDate"><liferay-ui:message key="end-date" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "endDateError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />endDate" name="<portlet:namespace />endDate" required type="date" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getEndDate()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("endTime");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />endTime"><liferay-ui:message key="end-time" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "endTimeError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />endTime" name="<portlet:namespace />endTime" required type="time" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getEndTime()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("place");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />place"><liferay-ui:message key="place" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "placeError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />place" name="<portlet:namespace />place" maxlength="500" type="text" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getPlace()) %>" />

					<p class="form-text" id="<portlet:namespace />placeHelp"><liferay-ui:message key="enter-a-place-an-online-link-or-both" /></p>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("onlineLink");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />onlineLink"><liferay-ui:message key="online-link" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "onlineLinkError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />onlineLink" name="<portlet:namespace />onlineLink" maxlength="1000" type="url" value="<%= HtmlUtil.escapeAttribute(meetingFormDisplayContext.getOnlineLink()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = meetingFormDisplayContext.getFieldError("agenda");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />agenda"><liferay-ui:message key="agenda" /></label>

					<textarea aria-describedby="<portlet:namespace />agendaHelp<%= (fieldError != null) ? " " + renderResponse.getNamespace() + "agendaError" : "" %>" <%= (fieldError != null) ? "aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />agenda" name="<portlet:namespace />agenda" rows="8"><%= HtmlUtil.escape(meetingFormDisplayContext.getAgenda()) %></textarea>

					<p class="form-text" id="<portlet:namespace />agendaHelp"><liferay-ui:message key="you-can-use-simple-html-it-is-cleaned-when-saved" /></p>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(meetingFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
