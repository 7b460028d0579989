<%@ include file="/init.jsp" %>

<%
CareProgramPageDisplayContext careProgramPageDisplayContext = (CareProgramPageDisplayContext)request.getAttribute(CareProgramWebKeys.CARE_PROGRAM_DISPLAY_CONTEXT);

List<LocalRoutineRow> localRoutineRows = careProgramPageDisplayContext.getLocalRoutineRows();
List<RelatedMethod> relatedMethods = careProgramPageDisplayContext.getRelatedMethods();
List<String> contactNames = careProgramPageDisplayContext.getContactNames();

ReviewBadge reviewBadge = careProgramPageDisplayContext.getReviewBadge();
%>

<clay:container-fluid cssClass="livsviktig-care-program">
	<a class="btn btn-link px-0" href="<%= HtmlUtil.escapeHREF(careProgramPageDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-programmes" /></a>

	<h2><%= HtmlUtil.escape(careProgramPageDisplayContext.getTitle()) %></h2>

	<p>
		<%@ include file="/shared/review_badge.jspf" %>

		<c:choose>
			<c:when test="<%= careProgramPageDisplayContext.getOwnerName() != null %>">
				<liferay-ui:message arguments="<%= HtmlUtil.escape(careProgramPageDisplayContext.getOwnerName()) %>" key="summary-owner-x" translateArguments="<%= false %>" />
			</c:when>
			<c:otherwise>
				<liferay-ui:message key="the-summary-has-no-owner" />
			</c:otherwise>
		</c:choose>
	</p>

	<%-- The national summary is the portal's Web Content article, rendered by the portal with its template. --%>

	<section aria-labelledby="<portlet:namespace />summary">
		<h3 id="<portlet:namespace />summary"><liferay-ui:message key="national-summary" /></h3>

		<c:choose>
			<c:when test="<%= careProgramPageDisplayContext.getSummaryHTML() != null %>">
				<div class="livsviktig-care-program-summary">
					<%= careProgramPageDisplayContext.getSummaryHTML() %>
				</div>
			</c:when>
			<c:otherwise>
				<p class="text-secondary"><liferay-ui:message key="this-programme-has-no-summary-yet" /></p>
			</c:otherwise>
		</c:choose>

		<c:if test="<%= Validator.isNotNull(careProgramPageDisplayContext.getNationalURL()) %>">
			<p><a href="<%= HtmlUtil.escapeHREF(careProgramPageDisplayContext.getNationalURL()) %>"><liferay-ui:message key="the-national-programme" /></a></p>
		</c:if>
	</section>

	<section aria-labelledby="<portlet:namespace />localRoutines">
		<h3 id="<portlet:namespace />localRoutines"><liferay-ui:message key="local-routines" /></h3>

		<c:choose>
			<c:when test="<%= localRoutineRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="no-administration-has-a-local-routine-yet" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="local-routines" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="administration" /></th>
							<th scope="col"><liferay-ui:message key="owner" /></th>
							<th scope="col"><liferay-ui:message key="review" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (LocalRoutineRow localRoutineRow : localRoutineRows) {
							reviewBadge = localRoutineRow.getReviewBadge();
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(localRoutineRow.getAdministrationName()) %></th>
								<td>
									<c:choose>
										<c:when test="<%= localRoutineRow.getOwnerName() != null %>">
											<%= HtmlUtil.escape(localRoutineRow.getOwnerName()) %>
										</c:when>
										<c:otherwise>
											<liferay-ui:message key="review-badge-no-owner" />
										</c:otherwise>
									</c:choose>
								</td>
								<td><%@ include file="/shared/review_badge.jspf" %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />relatedCourses">
		<h3 id="<portlet:namespace />relatedCourses"><liferay-ui:message key="related-courses" /></h3>

		<c:choose>
			<c:when test="<%= relatedMethods.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="no-related-training-methods" /></p>
			</c:when>
			<c:otherwise>

				<%
				for (RelatedMethod relatedMethod : relatedMethods) {
				%>

					<h4><%= HtmlUtil.escape(relatedMethod.getName()) %></h4>

					<c:choose>
						<c:when test="<%= relatedMethod.getSessionRows().isEmpty() %>">
							<p class="text-secondary"><liferay-ui:message key="no-upcoming-sessions" /></p>
						</c:when>
						<c:otherwise>
							<ul>

								<%
								for (SessionRow sessionRow : relatedMethod.getSessionRows()) {
								%>

									<li>
										<%= HtmlUtil.escape(sessionRow.getCourseTitle()) %>, <%= HtmlUtil.escape(sessionRow.getStartDate()) %><c:if test="<%= Validator.isNotNull(sessionRow.getPlace()) %>">, <%= HtmlUtil.escape(sessionRow.getPlace()) %></c:if>
									</li>

								<%
								}
								%>

							</ul>
						</c:otherwise>
					</c:choose>

				<%
				}
				%>

			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />contacts">
		<h3 id="<portlet:namespace />contacts"><liferay-ui:message key="contacts" /></h3>

		<c:choose>
			<c:when test="<%= contactNames.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="no-contacts-yet" /></p>
			</c:when>
			<c:otherwise>
				<ul>

					<%
					for (String contactName : contactNames) {
					%>

						<li><%= HtmlUtil.escape(contactName) %></li>

					<%
					}
					%>

				</ul>
			</c:otherwise>
		</c:choose>
	</section>
</clay:container-fluid>
