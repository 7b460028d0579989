<%@ include file="/init.jsp" %>

<%
AdminCoursesDisplayContext adminCoursesDisplayContext = (AdminCoursesDisplayContext)request.getAttribute(TrainingWebKeys.ADMIN_COURSES_DISPLAY_CONTEXT);

BaseAdminListDisplayContext<?> adminListDisplayContext = adminCoursesDisplayContext;

List<Course> courses = adminCoursesDisplayContext.getResults();

String currentTab = "courses";
%>

<clay:container-fluid cssClass="livsviktig-training-admin">
	<%@ include file="/training_admin/tabs.jspf" %>

	<h2><liferay-ui:message key="courses" /></h2>

	<%@ include file="/training_admin/list_header.jspf" %>

	<c:if test="<%= adminCoursesDisplayContext.isShowAddButton() %>">
		<p>
			<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(adminCoursesDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-course" /></a>
		</p>
	</c:if>

	<form action="<%= HtmlUtil.escapeHREF(adminListDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "search-courses")) %>" method="get" role="search">
		<%@ include file="/training_admin/list_filters.jspf" %>

			<div class="form-group-item">
				<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">
					<option value="0"><liferay-ui:message key="all-training-methods" /></option>

					<%
					for (SelectOption selectOption : adminCoursesDisplayContext.getTrainingMethodOptions()) {
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
		<c:when test="<%= courses.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key='<%= adminCoursesDisplayContext.isFiltered() ? "no-courses-match-the-search" : "no-courses-yet" %>' />
			</p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="courses" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="title" /></th>
						<th scope="col"><liferay-ui:message key="training-method" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="duration-hours" /></th>
						<th scope="col"><liferay-ui:message key="status" /></th>
						<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (Course course : courses) {
						String title = adminCoursesDisplayContext.getTitle(course);
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(title) %></th>
							<td><%= HtmlUtil.escape(adminCoursesDisplayContext.getTrainingMethodName(course)) %></td>
							<td class="text-right"><%= course.getDurationHours() %></td>
							<td><liferay-ui:message key="<%= adminCoursesDisplayContext.getStatusLabelKey(course.getStatus()) %>" /></td>
							<td>
								<a href="<%= HtmlUtil.escapeHREF(adminCoursesDisplayContext.getEditURL(course)) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(title) %></span></a>
								<a class="ml-3" href="<%= HtmlUtil.escapeHREF(adminCoursesDisplayContext.getSessionsURL(course)) %>"><liferay-ui:message key="sessions" /><span class="sr-only"> <%= HtmlUtil.escape(title) %></span></a>
								<a class="ml-3" href="<%= HtmlUtil.escapeHREF(adminCoursesDisplayContext.getInterestListURL(course)) %>"><liferay-ui:message key="interest-list" /><span class="sr-only"> <%= HtmlUtil.escape(title) %></span></a>
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
