<%@ include file="/init.jsp" %>
<%@ page import="se.livsviktig.training.web.internal.display.context.InstructorStaffing" %>

<%
AdminCourseSessionsDisplayContext adminCourseSessionsDisplayContext = (AdminCourseSessionsDisplayContext)request.getAttribute(TrainingWebKeys.ADMIN_COURSE_SESSIONS_DISPLAY_CONTEXT);

BaseAdminListDisplayContext<?> adminListDisplayContext = adminCourseSessionsDisplayContext;

List<CourseSession> courseSessions = adminCourseSessionsDisplayContext.getResults();

String currentTab = "sessions";
%>

<clay:container-fluid cssClass="livsviktig-training-admin">
	<%@ include file="/training_admin/tabs.jspf" %>

	<h2><liferay-ui:message key="sessions" /></h2>

	<%@ include file="/training_admin/list_header.jspf" %>

	<c:if test="<%= adminCourseSessionsDisplayContext.isShowAddButton() %>">
		<p>
			<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(adminCourseSessionsDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-session" /></a>
		</p>
	</c:if>

	<form action="<%= HtmlUtil.escapeHREF(adminListDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "search-sessions")) %>" method="get" role="search">
		<%@ include file="/training_admin/list_filters.jspf" %>

			<div class="form-group-item">
				<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">
					<option value="0"><liferay-ui:message key="all-training-methods" /></option>

					<%
					for (SelectOption selectOption : adminCourseSessionsDisplayContext.getTrainingMethodOptions()) {
					%>

						<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />courseId"><liferay-ui:message key="course" /></label>

				<select class="form-control" id="<portlet:namespace />courseId" name="<portlet:namespace />courseId">
					<option value="0"><liferay-ui:message key="all-courses" /></option>

					<%
					for (SelectOption selectOption : adminCourseSessionsDisplayContext.getCourseOptions()) {
					%>

						<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

					<%
					}
					%>

				</select>
			</div>

		<%@ include file="/training_admin/list_order.jspf" %>
	</form>

	<c:choose>
		<c:when test="<%= courseSessions.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key='<%= adminCourseSessionsDisplayContext.isFiltered() ? "no-sessions-match-the-search" : "no-sessions-yet" %>' />
			</p>
		</c:when>
		<c:otherwise>

			<%
			int sessionsShortOfInstructorsCount = adminCourseSessionsDisplayContext.getSessionsShortOfInstructorsCount();
			%>

			<c:if test="<%= sessionsShortOfInstructorsCount > 0 %>">
				<div role="status">
					<clay:alert displayType="warning">
						<liferay-ui:message arguments="<%= sessionsShortOfInstructorsCount %>" key='<%= (sessionsShortOfInstructorsCount == 1) ? "one-session-on-this-page-has-fewer-accepted-instructors-than-its-method-needs" : "x-sessions-on-this-page-have-fewer-accepted-instructors-than-their-method-needs" %>' />
					</clay:alert>
				</div>
			</c:if>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="sessions" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="course" /></th>
						<th scope="col"><liferay-ui:message key="training-method" /></th>
						<th scope="col"><liferay-ui:message key="dates" /></th>
						<th scope="col"><liferay-ui:message key="place" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="seats-taken" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="instructors-accepted" /></th>
						<th scope="col"><liferay-ui:message key="status" /></th>
						<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (CourseSession courseSession : courseSessions) {
						String courseTitle = adminCourseSessionsDisplayContext.getCourseTitle(courseSession);
						String dates = adminCourseSessionsDisplayContext.getDates(courseSession);
						String place = adminCourseSessionsDisplayContext.getPlace(courseSession);
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(courseTitle) %></th>
							<td><%= HtmlUtil.escape(adminCourseSessionsDisplayContext.getTrainingMethodName(courseSession)) %></td>
							<td><%= HtmlUtil.escape(dates) %></td>
							<td>
								<c:choose>
									<c:when test="<%= place == null %>">
										<liferay-ui:message key="online" />
									</c:when>
									<c:otherwise>
										<%= HtmlUtil.escape(place) %>
									</c:otherwise>
								</c:choose>
							</td>
							<td class="text-right"><liferay-ui:message arguments="<%= new Object[] {courseSession.getSeatsTaken(), courseSession.getSeats()} %>" key="x-of-x" /></td>

							<%
							InstructorStaffing instructorStaffing = adminCourseSessionsDisplayContext.getInstructorStaffing(courseSession);
							%>

							<td class="text-right">
								<liferay-ui:message arguments="<%= new Object[] {instructorStaffing.getAccepted(), instructorStaffing.getRequired()} %>" key="x-of-x" />

								<c:if test="<%= instructorStaffing.isShort() %>">
									<span class="label label-warning"><liferay-ui:message key="too-few" /></span>
								</c:if>
							</td>
							<td><liferay-ui:message key="<%= adminCourseSessionsDisplayContext.getStatusLabelKey(courseSession.getStatus()) %>" /></td>
							<td>
								<a href="<%= HtmlUtil.escapeHREF(adminCourseSessionsDisplayContext.getEditURL(courseSession)) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(courseTitle + " " + dates) %></span></a>
								<a class="ml-3" href="<%= HtmlUtil.escapeHREF(adminCourseSessionsDisplayContext.getParticipantsURL(courseSession)) %>"><liferay-ui:message key="participants" /><span class="sr-only"> <%= HtmlUtil.escape(courseTitle + " " + dates) %></span></a>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<%@ include file="/training_admin/pagination.jspf" %>
</clay:container-fluid>
