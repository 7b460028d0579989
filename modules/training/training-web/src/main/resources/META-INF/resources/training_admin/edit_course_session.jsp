<%@ include file="/init.jsp" %>

<%@ page import="se.livsviktig.training.web.internal.display.context.CourseSessionFormRows" %>

<%
EditCourseSessionDisplayContext editCourseSessionDisplayContext = (EditCourseSessionDisplayContext)request.getAttribute(TrainingWebKeys.EDIT_COURSE_SESSION_DISPLAY_CONTEXT);

List<FormError> formErrors = editCourseSessionDisplayContext.getErrors();

FormError fieldError = null;

List<CourseSessionFormRows.DateRow> dateRows = editCourseSessionDisplayContext.getDateRows();
List<CourseSessionFormRows.QuotaRow> quotaRows = editCourseSessionDisplayContext.getQuotaRows();
%>

<portlet:actionURL name="/training/admin/edit_course_session" var="editCourseSessionURL" />

<clay:container-fluid cssClass="livsviktig-training-admin livsviktig-edit-course-session">
	<h1><liferay-ui:message key="<%= editCourseSessionDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/training_admin/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(editCourseSessionURL) %>" method="post" name="<portlet:namespace />fm">
		<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= editCourseSessionDisplayContext.getCourseSessionId() %>" />
		<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRedirect()) %>" />
		<input name="<portlet:namespace />dateCount" type="hidden" value="<%= dateRows.size() %>" />
		<input name="<portlet:namespace />quotaCount" type="hidden" value="<%= quotaRows.size() %>" />

		<clay:sheet>
			<clay:sheet-section>
				<h2 class="sheet-subtitle"><liferay-ui:message key="course" /></h2>

				<c:choose>
					<c:when test="<%= editCourseSessionDisplayContext.isNew() %>">
						<%
						fieldError = editCourseSessionDisplayContext.getError("courseId");
						%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace />courseId"><liferay-ui:message key="course" /></label>

							<select <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "courseIdError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />courseId" name="<portlet:namespace />courseId" required>
								<option value=""><liferay-ui:message key="choose-a-course" /></option>

								<%
								for (SelectOption selectOption : editCourseSessionDisplayContext.getCourseOptions()) {
								%>

									<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

								<%
								}
								%>

							</select>

							<%@ include file="/training_admin/field_error.jspf" %>
						</div>
					</c:when>
					<c:otherwise>
						<p><%= HtmlUtil.escape(editCourseSessionDisplayContext.getCourseTitle()) %></p>
					</c:otherwise>
				</c:choose>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="dates" /></legend>

					<p class="form-text" id="<portlet:namespace />datesHelp"><liferay-ui:message key="dates-help" /></p>

					<%
					fieldError = editCourseSessionDisplayContext.getError("startDate0");
					%>

					<%@ include file="/training_admin/field_error.jspf" %>

					<%
					for (CourseSessionFormRows.DateRow dateRow : dateRows) {
					%>

						<div class="form-group-autofit">
							<div class="form-group-item">
								<label for="<portlet:namespace />startDate<%= dateRow.getIndex() %>"><liferay-ui:message arguments="<%= dateRow.getNumber() %>" key="date-x-starts" /></label>

								<input aria-describedby="<portlet:namespace />datesHelp" class="form-control" id="<portlet:namespace />startDate<%= dateRow.getIndex() %>" name="<portlet:namespace />startDate<%= dateRow.getIndex() %>" type="datetime-local" value="<%= HtmlUtil.escapeAttribute(dateRow.getStartDate()) %>" />
							</div>

							<div class="form-group-item">
								<label for="<portlet:namespace />endDate<%= dateRow.getIndex() %>"><liferay-ui:message arguments="<%= dateRow.getNumber() %>" key="date-x-ends" /></label>

								<input class="form-control" id="<portlet:namespace />endDate<%= dateRow.getIndex() %>" name="<portlet:namespace />endDate<%= dateRow.getIndex() %>" type="datetime-local" value="<%= HtmlUtil.escapeAttribute(dateRow.getEndDate()) %>" />
							</div>
						</div>

					<%
					}
					%>

				</fieldset>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="place" /></legend>

					<div class="form-group">
						<label for="<portlet:namespace />deliveryMode"><liferay-ui:message key="delivery-mode" /></label>

						<select class="form-control" id="<portlet:namespace />deliveryMode" name="<portlet:namespace />deliveryMode">

							<%
							for (SelectOption selectOption : editCourseSessionDisplayContext.getDeliveryModeOptions()) {
							%>

								<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><liferay-ui:message key="<%= selectOption.getLabelKey() %>" /></option>

							<%
							}
							%>

						</select>
					</div>

				<%
				fieldError = editCourseSessionDisplayContext.getError("venueName");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />venueName"><liferay-ui:message key="venue" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "venueNameError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />venueName" name="<portlet:namespace />venueName" maxlength="255" type="text" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getVenueName()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = editCourseSessionDisplayContext.getError("venueAddress");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />venueAddress"><liferay-ui:message key="venue-address" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "venueAddressError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />venueAddress" name="<portlet:namespace />venueAddress" maxlength="255" type="text" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getVenueAddress()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = editCourseSessionDisplayContext.getError("locality");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />locality"><liferay-ui:message key="locality" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "localityError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />locality" name="<portlet:namespace />locality" maxlength="255" type="text" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getLocality()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = editCourseSessionDisplayContext.getError("onlineMeetingURL");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />onlineMeetingURL"><liferay-ui:message key="online-meeting-link" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "onlineMeetingURLError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />onlineMeetingURL" name="<portlet:namespace />onlineMeetingURL" maxlength="255" type="url" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getOnlineMeetingURL()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>
				</fieldset>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="seats-and-waitlist" /></legend>

				<%
				fieldError = editCourseSessionDisplayContext.getError("seats");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />seats"><liferay-ui:message key="seats" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "seatsError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />seats" name="<portlet:namespace />seats" inputmode="numeric" max="1000" min="1" required type="number" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getSeats()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

					<div class="form-group">
						<label for="<portlet:namespace />waitlistMode"><liferay-ui:message key="when-a-seat-is-freed" /></label>

						<select class="form-control" id="<portlet:namespace />waitlistMode" name="<portlet:namespace />waitlistMode">

							<%
							for (SelectOption selectOption : editCourseSessionDisplayContext.getWaitlistModeOptions()) {
							%>

								<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><liferay-ui:message key="<%= selectOption.getLabelKey() %>" /></option>

							<%
							}
							%>

						</select>
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />offerHours"><liferay-ui:message key="hours-to-accept-an-offered-seat" /></label>

						<input aria-describedby="<portlet:namespace />offerHoursHelp" class="form-control" id="<portlet:namespace />offerHours" inputmode="numeric" max="168" min="0" name="<portlet:namespace />offerHours" type="number" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getOfferHours()) %>" />

						<p class="form-text" id="<portlet:namespace />offerHoursHelp"><liferay-ui:message key="hours-to-accept-an-offered-seat-help" /></p>
					</div>
				</fieldset>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="quotas-per-administration" /></legend>

					<p class="form-text" id="<portlet:namespace />quotasHelp"><liferay-ui:message key="quotas-help" /></p>

					<%
					fieldError = editCourseSessionDisplayContext.getError("quotaOrganizationId0");
					%>

					<%@ include file="/training_admin/field_error.jspf" %>

					<%
					for (CourseSessionFormRows.QuotaRow quotaRow : quotaRows) {
					%>

						<div class="form-group-autofit">
							<div class="form-group-item">
								<label for="<portlet:namespace />quotaOrganizationId<%= quotaRow.getIndex() %>"><liferay-ui:message arguments="<%= quotaRow.getNumber() %>" key="administration-of-quota-x" /></label>

								<select aria-describedby="<portlet:namespace />quotasHelp" class="form-control" id="<portlet:namespace />quotaOrganizationId<%= quotaRow.getIndex() %>" name="<portlet:namespace />quotaOrganizationId<%= quotaRow.getIndex() %>">
									<option value="0"><liferay-ui:message key="none" /></option>

									<%
									for (SelectOption selectOption : quotaRow.getOrganizationOptions()) {
									%>

										<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

									<%
									}
									%>

								</select>
							</div>

							<div class="form-group-item">
								<label for="<portlet:namespace />quotaSeats<%= quotaRow.getIndex() %>"><liferay-ui:message arguments="<%= quotaRow.getNumber() %>" key="seats-of-quota-x" /></label>

								<input class="form-control" id="<portlet:namespace />quotaSeats<%= quotaRow.getIndex() %>" inputmode="numeric" min="1" name="<portlet:namespace />quotaSeats<%= quotaRow.getIndex() %>" type="number" value="<%= HtmlUtil.escapeAttribute(quotaRow.getSeats()) %>" />
							</div>

							<div class="form-group-item">
								<label for="<portlet:namespace />quotaReleaseDate<%= quotaRow.getIndex() %>"><liferay-ui:message arguments="<%= quotaRow.getNumber() %>" key="quota-x-reserved-until" /></label>

								<input class="form-control" id="<portlet:namespace />quotaReleaseDate<%= quotaRow.getIndex() %>" name="<portlet:namespace />quotaReleaseDate<%= quotaRow.getIndex() %>" type="date" value="<%= HtmlUtil.escapeAttribute(quotaRow.getReleaseDate()) %>" />
							</div>
						</div>

					<%
					}
					%>

				</fieldset>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="audience" /></legend>

					<p class="form-text"><liferay-ui:message key="audience-help" /></p>

					<%-- The organisations as a tree: each unit indented under the one above it, and its path read out before its name, so a screen reader tells "VOF › Hemtjänst Norr" from another "Hemtjänst Norr" --%>

					<ul class="list-unstyled organization-tree">

						<%
						for (OrganizationOption organizationOption : editCourseSessionDisplayContext.getAudienceOptions()) {
						%>

							<li class="organization-tree-item" data-depth="<%= organizationOption.getDepth() %>" style="margin-left: <%= organizationOption.getDepth() * 1.5 %>rem;">
								<div class="custom-checkbox custom-control">
									<input <%= organizationOption.isSelected() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />audienceOrganizationIds<%= HtmlUtil.escapeAttribute(organizationOption.getValue()) %>" name="<portlet:namespace />audienceOrganizationIds" type="checkbox" value="<%= HtmlUtil.escapeAttribute(organizationOption.getValue()) %>" />

									<label class="custom-control-label" for="<portlet:namespace />audienceOrganizationIds<%= HtmlUtil.escapeAttribute(organizationOption.getValue()) %>">
										<span class="custom-control-label-text"><c:if test="<%= organizationOption.getDepth() > 0 %>"><span class="sr-only"><%= HtmlUtil.escape(organizationOption.getParentPath()) %></span></c:if><%= HtmlUtil.escape(organizationOption.getName()) %></span>
									</label>
								</div>
							</li>

						<%
						}
						%>

					</ul>

				</fieldset>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="registration" /></legend>

				<%
				fieldError = editCourseSessionDisplayContext.getError("registrationOpenDate");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />registrationOpenDate"><liferay-ui:message key="registration-opens" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "registrationOpenDateError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />registrationOpenDate" name="<portlet:namespace />registrationOpenDate" type="datetime-local" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRegistrationOpenDate()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = editCourseSessionDisplayContext.getError("registrationCloseDate");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />registrationCloseDate"><liferay-ui:message key="registration-closes" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "registrationCloseDateError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />registrationCloseDate" name="<portlet:namespace />registrationCloseDate" type="datetime-local" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRegistrationCloseDate()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = editCourseSessionDisplayContext.getError("cancellationDeadline");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />cancellationDeadline"><liferay-ui:message key="cancellation-deadline" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "cancellationDeadlineError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />cancellationDeadline" name="<portlet:namespace />cancellationDeadline" type="datetime-local" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getCancellationDeadline()) %>" />

					<%@ include file="/training_admin/field_error.jspf" %>
				</div>

					<div class="form-group">
						<div class="custom-checkbox custom-control">
							<input <%= editCourseSessionDisplayContext.isApprovalRequired() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />approvalRequired" name="<portlet:namespace />approvalRequired" type="checkbox" value="true" />

							<label class="custom-control-label" for="<portlet:namespace />approvalRequired">
								<span class="custom-control-label-text"><liferay-ui:message key="the-manager-must-approve-each-registration" /></span>
							</label>
						</div>
					</div>

					<div class="form-group">
						<div class="custom-checkbox custom-control">
							<input <%= editCourseSessionDisplayContext.isDietaryNeedsRequested() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />dietaryNeedsRequested" name="<portlet:namespace />dietaryNeedsRequested" type="checkbox" value="true" />

							<label class="custom-control-label" for="<portlet:namespace />dietaryNeedsRequested">
								<span class="custom-control-label-text"><liferay-ui:message key="ask-participants-for-dietary-needs" /></span>
							</label>
						</div>
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />note"><liferay-ui:message key="note-to-participants" /></label>

						<textarea class="form-control" id="<portlet:namespace />note" maxlength="4000" name="<portlet:namespace />note" rows="3"><%= HtmlUtil.escape(editCourseSessionDisplayContext.getNote()) %></textarea>
					</div>
				</fieldset>
			</clay:sheet-section>

			<div class="sheet-footer">
				<clay:button displayType="primary" label="save" type="submit" />

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(editCourseSessionDisplayContext.getRedirect()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>

	<c:if test="<%= !editCourseSessionDisplayContext.isNew() %>">
		<clay:sheet cssClass="mt-4">
			<h2 class="sheet-subtitle"><liferay-ui:message key="session-actions" /></h2>

			<p><liferay-ui:message key="status" />: <liferay-ui:message key="<%= editCourseSessionDisplayContext.getStatusLabelKey() %>" /></p>

			<c:if test="<%= editCourseSessionDisplayContext.isShowPublish() %>">
				<portlet:actionURL name="/training/admin/publish_course_session" var="publishURL" />

				<form action="<%= HtmlUtil.escapeHREF(publishURL) %>" class="mb-3" method="post">
					<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= editCourseSessionDisplayContext.getCourseSessionId() %>" />
					<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRedirect()) %>" />

					<clay:button displayType="primary" label="publish" type="submit" />
				</form>
			</c:if>

			<c:if test="<%= editCourseSessionDisplayContext.isShowCancel() %>">
				<portlet:actionURL name="/training/admin/cancel_course_session" var="cancelURL" />

				<form action="<%= HtmlUtil.escapeHREF(cancelURL) %>" class="mb-3" method="post">
					<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= editCourseSessionDisplayContext.getCourseSessionId() %>" />
					<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRedirect()) %>" />

					<%
					fieldError = editCourseSessionDisplayContext.getError("cancellationReason");
					%>

					<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
						<label for="<portlet:namespace />cancellationReason"><liferay-ui:message key="reason-for-cancelling-told-to-participants" /></label>

						<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "cancellationReasonError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />cancellationReason" maxlength="1000" name="<portlet:namespace />cancellationReason" rows="2"><%= HtmlUtil.escape(editCourseSessionDisplayContext.getCancellationReason()) %></textarea>

						<%@ include file="/training_admin/field_error.jspf" %>
					</div>

					<clay:button displayType="warning" label="cancel-session" type="submit" />
				</form>
			</c:if>

			<c:if test="<%= editCourseSessionDisplayContext.isShowArchive() %>">
				<portlet:actionURL name="/training/admin/archive_course_session" var="archiveURL" />

				<form action="<%= HtmlUtil.escapeHREF(archiveURL) %>" class="d-inline-block mr-3" method="post">
					<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= editCourseSessionDisplayContext.getCourseSessionId() %>" />
					<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRedirect()) %>" />

					<clay:button displayType="secondary" label="archive" type="submit" />
				</form>
			</c:if>

			<portlet:actionURL name="/training/admin/delete_course_session" var="deleteURL" />

			<form action="<%= HtmlUtil.escapeHREF(deleteURL) %>" class="d-inline-block" method="post">
				<input name="<portlet:namespace />courseSessionId" type="hidden" value="<%= editCourseSessionDisplayContext.getCourseSessionId() %>" />
				<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseSessionDisplayContext.getRedirect()) %>" />

				<clay:button displayType="danger" label="delete" type="submit" />
			</form>
		</clay:sheet>
	</c:if>
</clay:container-fluid>
